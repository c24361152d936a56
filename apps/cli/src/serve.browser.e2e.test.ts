import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { AssessmentResult } from '@clusterlens/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_IDS, editedWorkbook, loadWorkbook, pdfText, REPO, responseColumn, runMain, SMALL, tempFolders } from './test-helpers.js';
import { chromiumPath, startServe, type TestServer } from './test-serve.js';

const chromium = chromiumPath();
const temp = tempFolders();
const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page (evaluated over the debugging protocol: the page's CSP allows no injected script). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

/** A raw HTTP request with the headers given (fetch cannot set Host). */
function raw(url: string, options: { method?: string; headers: Record<string, string> }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(chromium === undefined)('clusterlens serve in a real browser', () => {
  let browser: Browser;
  let page: Page;
  let server: TestServer;
  let dir: string;
  let broken: string;
  let cells: { employees: string; rd: string };

  beforeAll(async () => {
    dir = await temp();
    broken = join(dir, 'broken.xlsx');
    await editedWorkbook(SMALL('packaging-valley'), broken, (workbook) => {
      const sheet = workbook.getWorksheet('Responses')!;
      cells = { employees: `${responseColumn(workbook, 'employees')}5`, rd: `${responseColumn(workbook, 'rd_pct')}7` };
      sheet.getCell(cells.employees).value = 'about forty';
      sheet.getCell(cells.rd).value = 250;
    });
    await writeFile(join(dir, 'notes.xlsx'), '%PDF-1.7\n%\xe2\xe3\n1 0 obj << >> endobj\n');
    // One job: the run renders in this thread, already warm from the other files; the pool's own
    // results are checked byte for byte in batch.e2e.test.ts.
    server = await startServe(['--store', join(dir, 'history.db'), '-j', '1'], dir);
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({ executablePath: chromium!, headless: true, args: ['--no-sandbox'] });
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
    page = await context.newPage();
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await server?.stop()).toBe(0);
  });

  it('opens on the round, which passes the accessibility check, and gives the template', async () => {
    // The page builds itself after load: wait for the heading (isVisible alone does not wait, and lost the race once).
    await page.getByRole('heading', { name: '2. Returned workbooks' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Template language').selectOption('zh');
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the template' }).click()]);
    expect(template.suggestedFilename()).toBe('vcm-cluster-survey-zh.xlsx');
    await template.saveAs(join(dir, 'template.xlsx'));
    const sheets = (await loadWorkbook(join(dir, 'template.xlsx'))).worksheets.map((s) => s.name);
    expect(sheets).toEqual(expect.arrayContaining(['Cluster', 'Questions', 'Responses']));
  });

  it('shows each located issue of a workbook with bad cells, and one clear message for a file that is not a workbook', async () => {
    await page.locator('#files').setInputFiles([broken, join(dir, 'notes.xlsx')]);
    await page.getByText('2 file(s):').waitFor();
    const rows = await page.locator('table.issues tbody tr').allInnerTexts();
    // Each bad cell is one row: file, sheet, cell, question, then the message and fix.
    const located = (cell: string, question: string) => rows.filter((r) => r.startsWith(`Error\tbroken.xlsx\tResponses\t${cell}\t${question}\t`));
    expect(located(cells.employees, 'employees')).toHaveLength(1);
    expect(located(cells.rd, 'rd_pct')).toHaveLength(1);
    const notes = rows.filter((r) => r.includes('notes.xlsx'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('not an Excel workbook');
    expect(await axeViolations(page)).toEqual([]);
    // The annotated copy is the member's workbook with the problem cell explained.
    const [copy] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Annotated copy of broken.xlsx' }).click()]);
    expect(copy.suggestedFilename()).toBe('broken-annotated.xlsx');
    await copy.saveAs(join(dir, 'annotated.xlsx'));
    const annotated = (await loadWorkbook(join(dir, 'annotated.xlsx'))).getWorksheet('Responses')!;
    expect(String(annotated.getCell(cells.employees).note)).toContain('about forty');
    await page.getByRole('button', { name: 'Remove all files' }).click();
    await page.getByText('No workbook added yet.').waitFor();
  });

  // The small fixtures: the page's path is the same for 8 respondents as for 300, and scale is the bench's.
  it('takes the three fixtures without an error, runs them with live progress and downloads a PDF that reads as the report', async () => {
    await page.getByText('No workbook added yet.').waitFor();
    await page.locator('#files').setInputFiles(CLUSTER_IDS.map((id) => SMALL(id)));
    await page.getByText('3 file(s): 0 error(s)').waitFor({ timeout: 30_000 });
    await page.getByLabel('The results store').check();
    await page.getByLabel('Policy profile').selectOption('miit-2022-sme-clusters');
    await page.getByRole('button', { name: 'Run the assessment' }).click();
    await page.getByText('Finished. The results are ready.').waitFor({ timeout: 120_000 });
    expect(await page.locator('ol.log li').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Show the results' }).click();
    await page.getByRole('heading', { name: 'Portfolio league table' }).waitFor();
    // Radar, dimension bars and policy attainment, each an SVG drawn by the report package.
    expect(await page.locator('.charts img').count()).toBe(3);
    expect(await page.locator('.charts img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true);
    await page.getByRole('heading', { name: 'Policy gaps' }).waitFor();
    // The first cluster's small fixture has 12 respondents; a count of members covers them only.
    const giants = /^Specialised and innovative SMEs \("little giants"\)/u;
    expect(await page.getByRole('rowheader', { name: giants }).innerText()).toMatch(/\nCounted among the 12 respondents$/u);
    // A count among 12 respondents cannot show the cluster misses ≥ 10: no gap, and the page says why.
    expect(await page.getByRole('region', { name: 'Table: Policy gaps' }).getByRole('row').filter({ hasText: 'little giants' }).count()).toBe(0);
    await page.getByText(/^Specialised and innovative SMEs \("little giants"\) ≥\s10: \d+ of 12 respondents, counted by the member survey\./u).waitFor();
    // Three clusters, no peer group of 5: the radar draws no peer median, and the page says why the column is empty.
    expect(await page.locator('.charts img').first().getAttribute('alt')).toBe("Radar chart of the dimension scores of Zhili Children's Wear Cluster (0–100).");
    await page.getByText('No peer median is shown: the cluster has no peer group of 5 in this assessment.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'zhili-kidswear.pdf' }).click()]);
    const saved = join(dir, 'downloaded.pdf');
    await download.saveAs(saved);
    expect(await pdfText(saved)).toContain('Zhili');
  });

  it('shows the stored history of a cluster as the report’s line chart over its table, and the portfolio trend', async () => {
    // Two earlier years as `history import` takes them: this round's results.json with another
    // survey year and the competitiveness index set by hand, so the table's figures are known.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'results.json', exact: true }).click()]);
    await json.saveAs(join(dir, 'round.json'));
    const round = JSON.parse(await readFile(join(dir, 'round.json'), 'utf8')) as AssessmentResult;
    for (const [year, index] of [[2023, 40], [2024, 45]] as const) {
      const copy = structuredClone(round);
      for (const cluster of copy.clusters) {
        cluster.surveyYear = year;
        cluster.indices.find((i) => i.id === 'competitiveness')!.score = index;
      }
      await writeFile(join(dir, `results-${year}.json`), JSON.stringify(copy));
    }
    expect((await runMain(['history', 'import', '--store', 'history.db', 'results-2023.json', 'results-2024.json'], dir)).code).toBe(0);
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Portfolio trend' }).waitFor();
    // Each cluster's trend is the portfolio report's sparkline, described by its figures.
    const sparks = page.locator('img.spark');
    await expect.poll(() => sparks.count()).toBe(3);
    expect(await sparks.first().getAttribute('alt')).toMatch(/^Headline index of .+: 2023 40\.0, 2024 45\.0, 2025 \d+\.\d$/u);
    await page.getByRole('button', { name: /^Show the time series of Zhili/u }).click();
    await page.getByRole('heading', { name: /^Time series of / }).waitFor();
    // Columns named as the framework names them, one row per stored year: the chart's data.
    expect(await page.getByRole('columnheader', { name: 'Competitiveness index', exact: true }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: /^D3 \S/u }).count()).toBe(1);
    const rows = await page.locator('section[aria-labelledby="h-series"] tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 3))).toEqual([
      ['2023', '40.0', expect.any(String)],
      ['2024', '45.0 (+5.0)', expect.any(String)],
      [expect.stringMatching(/^2025$/u), expect.stringMatching(/^\d+\.\d \([+-]\d+\.\d\)$/u), expect.any(String)],
    ]);
    const chart = page.locator('section[aria-labelledby="h-series"] .charts img');
    await expect.poll(() => chart.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await chart.getAttribute('alt')).toContain('survey years 2023 to 2025');
    const svg = await page.evaluate(async (src) => (await fetch(src)).text(), (await chart.getAttribute('src'))!);
    // The report's line chart: its legend names the index, in a font stack a browser can follow.
    expect(svg).toContain('Competitiveness index');
    expect(svg).toMatch(/font-family="NotoSansSC, [^"]*sans-serif"/u);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches every text to Chinese, the problems of the uploads too', async () => {
    await page.getByRole('button', { name: 'Assessment round' }).click();
    await page.locator('#files').setInputFiles(join(dir, 'notes.xlsx'));
    await page.getByText('“notes.xlsx” is a PDF document, not an Excel workbook (.xlsx).').waitFor();
    await page.getByRole('button', { name: 'History' }).click();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { name: '集群总览趋势' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.getByRole('button', { name: '结果' }).click();
    await page.getByRole('heading', { name: '集群总览排名表' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '评估轮次' }).click();
    await page.getByRole('heading', { name: '2. 交回的工作簿' }).waitFor();
    await page.getByText('“notes.xlsx”是 PDF 文档，不是 Excel 工作簿（.xlsx）。').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses another Host and another origin', async () => {
    const { host } = new URL(server.url);
    const rebound = await raw(`${server.url}api/meta`, { headers: { host: `attacker.example:${new URL(server.url).port}` } });
    expect(rebound.status).toBe(403);
    const posted = await raw(`${server.url}api/uploads`, { method: 'DELETE', headers: { host, origin: 'http://attacker.example' } });
    expect(posted.status).toBe(403);
    // The page itself, asked to write to the same server under another name, is refused too.
    const status = await page.evaluate(async (other) => {
      try {
        const res = await fetch(other, { method: 'DELETE', mode: 'no-cors' });
        return res.type;
      } catch {
        return 'refused';
      }
    }, `http://localhost:${new URL(server.url).port}/api/uploads`);
    expect(['refused', 'opaque']).toContain(status);
    const still = await raw(`${server.url}api/uploads`, { headers: { host } });
    expect(JSON.parse(still.body).uploads).toHaveLength(4);
  });

  it('beyond loopback, needs the token it printed', async () => {
    const exposed = await startServe(['--host', '127.0.0.2'], dir);
    expect(exposed.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/\?token=[\w-]{32}$/u);
    const other = await browser.newPage();
    const bare = await other.goto(exposed.url.replace(/\?token=.*$/u, ''));
    expect(bare?.status()).toBe(401);
    await other.goto(exposed.url);
    expect(new URL(other.url()).search).toBe('');
    await other.getByRole('heading', { name: '2. Returned workbooks' }).waitFor();
    await other.close();
    expect(await exposed.stop()).toBe(0);
  });
});

describe.skipIf(chromium === undefined)('a round in the page, as someone who never opens a terminal goes through it', () => {
  let browser: Browser;
  let page: Page;
  let server: TestServer;
  let dir: string;
  /** What the browser could not load, and what the page's console said was wrong. */
  const failures: string[] = [];
  const GOLDEN = join(REPO, 'fixtures', 'golden', 'results.json');

  beforeAll(async () => {
    dir = await temp();
    await writeFile(join(dir, 'notes.xlsx'), '%PDF-1.7\n%\xe2\xe3\n1 0 obj << >> endobj\n');
    await writeFile(join(dir, 'zhili-copy.xlsx'), await readFile(SMALL('zhili-kidswear')));
    await writeFile(join(dir, 'cluster.json'), JSON.stringify({ id: 'zhili-kidswear', nmae: 'Zhili' }));
    server = await startServe(['-j', '1'], dir);
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({ executablePath: chromium!, headless: true, args: ['--no-sandbox'] });
    page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
    page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
    await page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    expect(await server?.stop()).toBe(0);
  });

  it('loads with its icon and nothing missing', async () => {
    await page.getByRole('heading', { name: '2. Returned workbooks' }).waitFor();
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type') };
    });
    expect(icon).toEqual({ status: 200, type: 'image/svg+xml' });
    expect(failures).toEqual([]);
  });

  it('lists the files a round leaves out and the same file added twice, with why, and finds the round again after a reload', async () => {
    await page.locator('#files').setInputFiles([...CLUSTER_IDS.map((id) => SMALL(id)), join(dir, 'notes.xlsx'), join(dir, 'zhili-copy.xlsx')]);
    await page.getByText('5 file(s):').waitFor({ timeout: 30_000 });
    await page.getByRole('row', { name: /^zhili-copy\.xlsx/u }).getByText('Same as zhili-kidswear.xlsx: left out').waitFor();
    await page.getByRole('button', { name: 'Run the assessment' }).click();
    await page.getByText('“notes.xlsx” was left out of this round: “notes.xlsx” is a PDF document, not an Excel workbook (.xlsx).').waitFor();
    await page.reload();
    await page.getByText('Finished. The results are ready.').waitFor({ timeout: 120_000 });
    expect(await page.locator('ol.log li').allInnerTexts()).toEqual(expect.arrayContaining(['reading zhili-kidswear.xlsx', 'wrote results.json']));
    await page.getByRole('button', { name: 'Show the results' }).click();
    await page.getByRole('heading', { name: 'Portfolio league table' }).waitFor();
    const rows = await page.locator('section[aria-labelledby="h-run-issues"] tbody tr').allInnerTexts();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Error\tnotes\.xlsx\t\t\t\t“notes\.xlsx” was left out of this round: “notes\.xlsx” is a PDF document, not an Excel workbook \(\.xlsx\)\.\t.+/u),
        expect.stringMatching(/^Warning\tzhili-copy\.xlsx\t\t\t\t“zhili-copy\.xlsx” holds exactly the same as “zhili-kidswear\.xlsx”, added before: it is left out of the round/u),
      ]),
    );
    // The league still has the three clusters: the copy's members were not counted twice.
    expect(await page.locator('section[aria-labelledby="h-league"] tbody tr').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('marks only a side file that cannot be used, by its own name, with the located reasons', async () => {
    await page.getByRole('button', { name: 'Assessment round' }).click();
    await page.getByText('KoboToolbox / ODK exports and other tables').click();
    await page.getByLabel('Cluster details (.json)').setInputFiles(join(dir, 'cluster.json'));
    const refused = page.locator('.refused');
    await refused.getByText('Not taken: cluster.json').waitFor();
    expect(await refused.locator('li').allInnerTexts()).toEqual([expect.stringMatching(/^Error \/nmae "nmae" is not a key of cluster metadata; did you mean "name"\? /u)]);
    expect(await page.locator('table.files .badge').allInnerTexts()).toEqual(['OK', 'OK', 'OK', 'Not usable', 'Same as zhili-kidswear.xlsx: left out']);
    expect(await page.locator('main').innerText()).not.toMatch(/clusterlens-serve-|\/tmp\//u);
    await refused.getByRole('button', { name: 'Dismiss cluster.json' }).click();
    await refused.waitFor({ state: 'detached' });
  });

  it('points to the page’s own template where the reader’s advice is a command', async () => {
    const sheetless = join(dir, 'no-responses.xlsx');
    await editedWorkbook(SMALL('packaging-valley'), sheetless, (workbook) => workbook.removeWorksheet(workbook.getWorksheet('Responses')!.id));
    await page.locator('#files').setInputFiles(sheetless);
    const row = page.locator('table.issues tbody tr').filter({ hasText: 'no-responses.xlsx' }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('“1. Survey template” on this page');
    expect(await page.locator('main').innerText()).not.toMatch(/clusterlens template|--[a-z]/u);
    await page.getByRole('button', { name: 'Remove no-responses.xlsx' }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('tells a comparison without a baseline, and one of the same year with the page’s own choice, never a command', async () => {
    await page.getByLabel('An earlier results.json').check();
    await page.getByText('No results.json is loaded yet: add one here, or choose “None”.').waitFor();
    await page.getByRole('button', { name: 'Run the assessment' }).click();
    await page.getByText('You chose to compare with an earlier results.json, but none is loaded: add it under “Last year for comparison”, or choose “None” there.').waitFor();
    // The golden results are of the fixtures' own survey year.
    await page.getByLabel('Earlier results.json', { exact: true }).setInputFiles(GOLDEN);
    await page.getByText('Loaded: results.json').waitFor();
    await page.getByRole('button', { name: 'Run the assessment' }).click();
    await page.getByText('The assessment did not finish.').waitFor({ timeout: 60_000 });
    const why = await page.locator('section[aria-labelledby="h-run"] table.issues tbody tr').allInnerTexts();
    expect(why).toContainEqual(
      'Error\tresults.json\t\t\t\t“results.json” holds the survey year 2025, which is not earlier than the survey year of this round: changes against it would not be changes from one year to the next.\tAdd last year’s results.json under “Last year for comparison”, or tick “Compare even if it is not from an earlier year” there and run again.',
    );
    expect(await page.locator('body').innerText()).not.toMatch(/--[a-z]/u);
    await page.getByLabel('Compare even if it is not from an earlier year').check();
    await page.getByRole('button', { name: 'Run the assessment' }).click();
    await page.getByText('Finished. The results are ready.').waitFor({ timeout: 120_000 });
  });

  it('words every text in the language of the page that asks, after a switch and after a reload, the round’s and the uploads’', async () => {
    // A page opened in a Chinese browser while everything was read and run in English: the uploads are read again in Chinese.
    const other = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await other.goto(server.url);
    await other.getByRole('cell', { name: '“notes.xlsx”是 PDF 文档，不是 Excel 工作簿（.xlsx）。', exact: true }).waitFor();
    await other.getByText('已完成，结果已就绪。').waitFor();
    expect(await axeViolations(other)).toEqual([]);
    await other.close();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByText('“notes.xlsx”未纳入本轮：“notes.xlsx”是 PDF 文档，不是 Excel 工作簿（.xlsx）。').waitFor();
    // The CLI's own lines follow the page, though the round was run with English reports.
    await page.locator('ol.log li', { hasText: '正在读取 zhili-kidswear.xlsx' }).waitFor();
    expect(await page.locator('ol.log').innerText()).not.toContain('reading zhili-kidswear.xlsx');
    await page.reload();
    await page.getByRole('button', { name: '结果', exact: true }).click();
    await page.getByRole('heading', { name: '本轮的问题' }).waitFor();
    const rows = await page.locator('section[aria-labelledby="h-run-issues"] tbody tr').allInnerTexts();
    expect(rows).toContainEqual(expect.stringMatching(/^警告\tzhili-copy\.xlsx\t\t\t\t“zhili-copy\.xlsx”与先前添加的“zhili-kidswear\.xlsx”内容完全相同/u));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the page’s language and the choices made before a round after a reload', async () => {
    // The page is in Chinese since the test above; a reload must not fall back to the defaults.
    await page.getByRole('button', { name: '评估轮次' }).click();
    await page.getByLabel('政策画像').selectOption('eu-s3');
    await page.getByLabel('报告语言').selectOption('zh');
    await page.getByLabel('会员反馈报告（保密）').check();
    await page.getByLabel('敏感性分析（蒙特卡洛抽样次数，0 = 关闭）').fill('200');
    await page.reload();
    await page.getByRole('heading', { name: '2. 交回的工作簿' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The choices are restored once the server's options (/api/meta) have come, which may be after the headings.
    await expect.poll(() => page.getByLabel('政策画像').inputValue(), { timeout: 30_000 }).toBe('eu-s3');
    expect(await page.getByLabel('报告语言').inputValue()).toBe('zh');
    expect(await page.getByLabel('会员反馈报告（保密）').isChecked()).toBe(true);
    expect(await page.getByLabel('敏感性分析（蒙特卡洛抽样次数，0 = 关闭）').inputValue()).toBe('200');
    // The comparison chosen in an earlier test, with the file the server still holds.
    expect(await page.getByLabel('以往的 results.json', { exact: true }).first().isChecked()).toBe(true);
    expect(await page.getByLabel('即使不早于本轮也进行对比').isChecked()).toBe(true);
    await page.getByText('已载入：results.json').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists a problem between workbooks before any round, at the later one, and follows the files as they are removed', async () => {
    // The Zhili workbook saved again by another program: the same members in other bytes.
    await editedWorkbook(SMALL('zhili-kidswear'), join(dir, 'zhili-again.xlsx'), () => {});
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Assessment round' }).click();
    await page.locator('#files').setInputFiles([join(dir, 'zhili-again.xlsx')]);
    const again = page.getByRole('row', { name: /^zhili-again\.xlsx/u });
    await again.getByText('Has errors').waitFor({ timeout: 30_000 });
    await page.getByText('Every one of the 12 members in “zhili-again.xlsx” (rows 3–14 of the Responses sheet) is already in “zhili-kidswear.xlsx”', { exact: false }).waitFor();
    // Nothing to mark in the file itself: no annotated copy for it.
    expect(await again.getByRole('link').count()).toBe(0);
    // Without the first Zhili workbook, its exact copy added earlier is no longer left out: the problem now names that one.
    await page.getByRole('button', { name: 'Remove zhili-kidswear.xlsx' }).click();
    await page.getByText('is already in “zhili-copy.xlsx”', { exact: false }).waitFor();
    expect(await page.getByText('is already in “zhili-kidswear.xlsx”', { exact: false }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove zhili-copy.xlsx' }).click();
    await again.getByText('OK').waitFor();
    expect(await page.getByText('is already in', { exact: false }).count()).toBe(0);
  });

  it('answers a Host without its port when the name is its own, and still refuses another', async () => {
    const port = new URL(server.url).port;
    expect((await raw(`${server.url}api/meta`, { headers: { host: 'localhost' } })).status).toBe(200);
    expect((await raw(`${server.url}api/meta`, { headers: { host: '127.0.0.1' } })).status).toBe(200);
    expect((await raw(`${server.url}api/meta`, { headers: { host: 'attacker.example' } })).status).toBe(403);
    expect((await raw(`${server.url}api/meta`, { headers: { host: `attacker.example:${port}` } })).status).toBe(403);
  });
});
