import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLUSTER_IDS, editedWorkbook, jsonDocument, loadWorkbook, pdfText, responseColumn, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();
const en = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

interface Answers {
  id: string;
  values: string[];
  /** The contact e-mail the member gave, if any: in no PDF, its own included. */
  email?: string;
}

/**
 * Copies a small fixture with unmistakable revenue and headcount figures (the fixture's own,
 * such as a revenue of 47.7, are also plausible scores): respondent i reports revenue
 * 8123.45 + 97.31·i and 5000 + 37·i employees, no two alike.
 */
async function distinctiveCopy(name: string, target: string): Promise<void> {
  await editedWorkbook(SMALL(name), target, (workbook) => {
    const sheet = workbook.getWorksheet('Responses')!;
    const revenue = responseColumn(workbook, 'revenue');
    const employees = responseColumn(workbook, 'employees');
    sheet.eachRow((row, n) => {
      if (n <= 2 || typeof row.getCell(1).value !== 'string') return;
      sheet.getCell(`${revenue}${n}`).value = Math.round((8123.45 + 97.31 * (n - 2)) * 100) / 100;
      sheet.getCell(`${employees}${n}`).value = 5000 + 37 * (n - 2);
    });
  });
}

/**
 * Each respondent's distinctive values, read with exceljs (not our reader): its id, its contact
 * e-mail, and its revenue, headcount and founding year as written and as the reports would
 * format them — where they have at least three digits (a "24" could be any count) and no other
 * respondent of the cluster shares them. The only free text the framework asks for is the
 * e-mail (unknown columns are not read), and the fixtures hold no names, so ids stand for names.
 */
async function distinctive(path: string): Promise<Answers[]> {
  const sheet = (await loadWorkbook(path)).getWorksheet('Responses')!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const columns = ['revenue', 'employees', 'founded_year'].map((q) => header.indexOf(q));
  const emailColumn = header.indexOf('contact_email');
  const rows: { id: string; numbers: number[]; email?: string }[] = [];
  sheet.eachRow((row, n) => {
    const id = row.getCell(1).value;
    const email = row.getCell(emailColumn).value;
    if (n > 2 && typeof id === 'string' && id !== '')
      rows.push({ id, numbers: columns.flatMap((c) => (typeof row.getCell(c).value === 'number' ? [row.getCell(c).value as number] : [])), ...(typeof email === 'string' && { email }) });
  });
  const all = rows.flatMap((r) => r.numbers);
  return rows.map((r) => ({
    id: r.id,
    values: [r.id, ...(r.email ? [r.email] : []), ...r.numbers.filter((v) => all.filter((x) => x === v).length === 1).flatMap((v) => [String(v), en.format(v)]).filter((s) => s.replace(/\D/g, '').length >= 3)],
    ...(r.email && { email: r.email }),
  }));
}

/** `value` as a whole token of the text: not inside a longer number or id. */
const shows = (text: string, value: string) => new RegExp(`(?<![\\w.,-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w]|[.,]\\d)`, 'u').test(text);

describe('every member report of every small fixture shows no other member’s distinctive values', () => {
  let dir: string;
  let run: Run;

  beforeAll(async () => {
    dir = await temp();
    for (const name of CLUSTER_IDS) await distinctiveCopy(name, join(dir, `${name}.xlsx`));
    run = await runMain(['assess', ...CLUSTER_IDS.map((name) => `${name}.xlsx`), '--members', '--formats', 'json,csv', '--jobs', '1', '-o', 'out', '--quiet'], dir);
  });

  it('searches each PDF for every other member’s id, e-mail, revenue, headcount and founding year, and for its own e-mail', async () => {
    expect(run.code).toBe(0);
    const result = JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as { clusters: { id: string }[] };
    let checked = 0;
    let emails = 0;
    for (const [c, name] of CLUSTER_IDS.entries()) {
      const cluster = result.clusters[c]!.id;
      const members = await distinctive(join(dir, `${name}.xlsx`));
      expect(members.length).toBeGreaterThanOrEqual(8);
      const files = await readdir(join(dir, 'out', 'members', cluster));
      expect(files.length).toBe(members.length);
      for (const own of members) {
        const text = await pdfText(join(dir, 'out', 'members', cluster, `member-${own.id}.pdf`));
        expect(text).toContain(own.id);
        if (own.email) {
          expect(shows(text, own.email), `${own.id}'s report shows its own e-mail`).toBe(false);
          emails += 1;
        }
        for (const other of members.filter((m) => m.id !== own.id))
          for (const value of other.values) {
            expect(shows(text, value), `${own.id}'s report shows ${other.id}'s ${value}`).toBe(false);
            checked += 1;
          }
      }
    }
    // 12·11 + 10·9 + 8·7 = 278 pairs, each with at least its id; 7 + 7 + 2 members gave an e-mail (the fixtures, read with exceljs).
    expect(checked).toBeGreaterThan(278);
    expect(emails).toBe(16);
  });

  it('prints the association’s contacts from each Cluster sheet, and none where the sheet names none', async () => {
    const texts = async (cluster: string) => {
      const folder = join(dir, 'out', 'members', cluster);
      return Promise.all((await readdir(folder)).map((f) => pdfText(join(folder, f))));
    };
    // Zhili's sheet names a member-services desk and an innovation officer (in Chinese; English text
    // draws full-width parentheses proportional, so they read back as ( )).
    const zhili = await texts('zhili-kidswear');
    expect(zhili.every((t) => t.includes('Contact: 织里童装行业协会会员服务部, members@zhili-association.example.org, 0572-3000000'))).toBe(true);
    expect(zhili.some((t) => /Contact: 王敏[（(]创新服务专员[）)], innovation@zhili-association\.example\.org/u.test(t))).toBe(true);
    const valley = await texts('packaging-valley');
    expect(valley.every((t) => t.includes('Contact: Packaging Valley Association, member desk, desk@packaging-valley-association.example.org'))).toBe(true);
    expect((await texts('shenzhen-electronics')).some((t) => t.includes('Contact:'))).toBe(false);
  });

  it('keeps every e-mail out of results.json and the CSV tables', async () => {
    const emails = (await Promise.all(CLUSTER_IDS.map(async (name) => (await distinctive(join(dir, `${name}.xlsx`))).flatMap((m) => (m.email ? [m.email] : []))))).flat();
    expect(emails.length).toBe(16);
    const outputs = (await readdir(join(dir, 'out'))).filter((f) => /\.(json|csv)$/u.test(f));
    expect(outputs).toContain('results.json');
    expect(outputs.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(2);
    for (const file of outputs) {
      const text = await readFile(join(dir, 'out', file), 'utf8');
      for (const email of emails) expect(text.includes(email), `${file} holds ${email}`).toBe(false);
    }
  });

  it('writes members/index.csv: respondent id, cluster, e-mail where the member gave one, and file, one row per report', async () => {
    const csv = (await readFile(join(dir, 'out', 'members', 'index.csv'), 'utf8')).split('\r\n').filter((l) => l !== '');
    expect(csv[0]).toBe('respondent_id,cluster_id,email,file');
    const given = new Map((await Promise.all(CLUSTER_IDS.map((name) => distinctive(join(dir, `${name}.xlsx`))))).flat().map((m) => [m.id, m.email ?? '']));
    expect(new Map(csv.slice(1).map((l) => [l.split(',')[0]!, l.split(',')[2]!]))).toEqual(given);
    const files = (await Promise.all(CLUSTER_IDS.map(async (_, c) => {
      const cluster = (JSON.parse(await readFile(join(dir, 'out', 'results.json'), 'utf8')) as { clusters: { id: string }[] }).clusters[c]!.id;
      return (await readdir(join(dir, 'out', 'members', cluster))).map((f) => `${cluster}/${f}`);
    }))).flat();
    expect(csv.slice(1).map((l) => l.split(',')[3]).sort()).toEqual(files.sort());
    expect(csv[1]).toMatch(/^[A-Z]{2}-\d{4},[a-z-]+,(member\d{6}@[a-z-]+\.example\.com)?,[a-z-]+\/member-[A-Z]{2}-\d{4}\.pdf$/u);
  });
});

describe('per-member passwords', () => {
  let dir: string;
  const PV = SMALL('packaging-valley');

  beforeAll(async () => {
    dir = await temp();
  });

  const ids = async () => (await distinctive(PV)).map((m) => m.id);

  it('encrypts each report with its own password, and the password appears in no output or log', async () => {
    const members = await ids();
    await writeFile(join(dir, 'pw.csv'), `respondent_id,password\n${members.map((id, i) => `${id},pw-${i}-Secret`).join('\n')}\n`);
    const run = await runMain(['assess', PV, '--members', '--member-passwords', 'pw.csv', '--formats', 'json', '--jobs', '1', '-o', 'out', '--json'], dir);
    expect(run.code).toBe(0);
    const pdf = await readFile(join(dir, 'out', 'members', 'packaging-valley', `member-${members[0]}.pdf`));
    expect(pdf.includes('/Encrypt')).toBe(true);
    expect(pdf.includes('AESV2')).toBe(true);
    const results = await readFile(join(dir, 'out', 'results.json'), 'utf8');
    for (const text of [run.stdout, run.stderr, results]) expect(text).not.toMatch(/pw-\d+-Secret/u);
  });

  it('reports a bad passwords file at its rows and writes nothing', async () => {
    const [first, second] = await ids();
    await writeFile(join(dir, 'bad.csv'), `respondent_id,password\n${first},one\n${first},two\n${second},\n`);
    const run = await runMain(['assess', PV, '--members', '--member-passwords', 'bad.csv', '--formats', 'json', '-o', 'bad-out', '--json'], dir);
    expect(run.code).toBe(1);
    const messages = jsonDocument(run).issues.map((i) => i.message);
    expect(messages).toContain(`Row 3: member ${first} already has a password in an earlier row.`);
    expect(messages).toContain(`Row 4: the password of member ${second} is empty.`);
    expect(run.stdout + run.stderr).not.toMatch(/\bone\b|\btwo\b/u);
    expect(await readdir(join(dir, 'bad-out')).catch(() => [])).toEqual([]);
  });

  it('refuses a file that leaves a member without a password', async () => {
    const [first] = await ids();
    await writeFile(join(dir, 'some.csv'), `respondent_id,password\n${first},only-one\n`);
    const run = await runMain(['assess', PV, '--members', '--member-passwords', 'some.csv', '--formats', 'json', '-o', 'some-out', '--json'], dir);
    expect(run.code).toBe(1);
    expect(jsonDocument(run).issues.some((i) => i.code === 'member_passwords_missing')).toBe(true);
  });
});
