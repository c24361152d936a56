/**
 * `clusterlens serve` figures for `npm run bench`: how soon the page is interactive, how soon a
 * 300-member workbook's issues show after the drop, and the server's memory across 20 rounds.
 * The server is the built CLI in its own process, the page is driven in Debian's Chromium;
 * without Chromium the figures are reported as skipped.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const BIN = fileURLToPath(new URL('../apps/cli/bin/clusterlens.js', import.meta.url));
const FIXTURE = (dir, name) => fileURLToPath(new URL(`../fixtures/${dir}/${name}.xlsx`, import.meta.url));
const CHROMIUM = process.env.CLUSTERLENS_TEST_CHROMIUM ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env.BENCH_WEB_ROUNDS ?? 20);

function startServer(cwd) {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLUSTERLENS_LANG: 'en' } });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const url = /http:\/\/\S+/u.exec(err)?.[0];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

const rssMb = async (pid) => Number(/VmRSS:\s+(\d+)/u.exec(await readFile(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

/** One round over HTTP as the page makes it: upload, run, wait for the end, remove the uploads. */
async function round(url, file) {
  const origin = new URL(url).origin;
  const form = new FormData();
  form.append('file', new Blob([await readFile(file)]), 'round.xlsx');
  const headers = { origin };
  await fetch(`${url}api/uploads`, { method: 'POST', body: form, headers });
  const { id } = await (await fetch(`${url}api/runs`, { method: 'POST', body: JSON.stringify({ lang: 'en' }), headers: { ...headers, 'content-type': 'application/json' } })).json();
  await (await fetch(`${url}api/runs/${id}/events`)).text();
  await fetch(`${url}api/uploads`, { method: 'DELETE', headers });
}

export async function benchWeb(line, tmpUrl) {
  if (!existsSync(CHROMIUM)) {
    line('serve: page and validation figures', 'skipped (no chromium)');
    return;
  }
  const { chromium } = await import('playwright-core');
  const { child, url } = await startServer(fileURLToPath(tmpUrl));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('#files').waitFor();
    // The page's own clock starts at navigation: its value once the controls are there is the time to interactive.
    line('serve: page interactive after opening', (await page.evaluate(() => performance.now())).toFixed(0), 'ms');
    const dropped = performance.now();
    await page.locator('#files').setInputFiles(FIXTURE('clusters', 'zhili-kidswear'));
    await page.getByText('1 file(s):').waitFor({ timeout: 60_000 });
    line('serve: 300-member workbook, drop to its issues', (performance.now() - dropped).toFixed(0), 'ms');
    await page.close();
    await round(url, FIXTURE('clusters-small', 'zhili-kidswear'));
    // Bounded means it levels off: the second half of the rounds adds little or nothing.
    const rss = [await rssMb(child.pid)];
    for (let i = 2; i <= ROUNDS; i += 1) {
      await round(url, FIXTURE('clusters-small', 'zhili-kidswear'));
      if (i === Math.ceil(ROUNDS / 2) || i === ROUNDS) rss.push(await rssMb(child.pid));
    }
    line(`serve: server RSS after round 1 / ${Math.ceil(ROUNDS / 2)} / ${ROUNDS}`, rss.map((v) => v.toFixed(0)).join(' / '), 'MB');
  } finally {
    await browser.close();
    child.kill('SIGINT');
  }
}
