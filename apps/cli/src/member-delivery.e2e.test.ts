import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editedWorkbook, jsonDocument, pdfText, respondentIds, runMain, SMALL, tempFolders, type Run } from './test-helpers.js';

const temp = tempFolders();

/** qpdf's exit code and output for `args` (0 ok, 2 errors). */
const qpdf = (args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => execFile('qpdf', args, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr })));

/** Every file under `dir`, hidden state folders included, as text. */
async function allText(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return (await Promise.all(files.map((f) => readFile(join(f.parentPath, f.name), 'latin1')))).join('\n');
}

const PV = SMALL('packaging-valley');
const SZ = SMALL('shenzhen-electronics');
const secret = (cluster: string, id: string) => `pw:${cluster}:${id}:Kq7`;

describe('batch --member-passwords', () => {
  let dir: string;
  let run: Run;
  const members: { cluster: string; id: string }[] = [];

  const all: { cluster: string; id: string }[] = [];

  beforeAll(async () => {
    dir = await temp();
    for (const [cluster, path] of [['packaging-valley', PV], ['shenzhen-electronics', SZ]] as const) for (const id of await respondentIds(path)) all.push({ cluster, id });
    members.push(...all.filter((m) => m.cluster === 'packaging-valley'));
    // With a cluster_id column, in another order than the run's, and rows for another cluster's members.
    await writeFile(join(dir, 'pw.csv'), `cluster_id,password,respondent_id\n${[...all].reverse().map((m) => `${m.cluster},${secret(m.cluster, m.id)},${m.id}`).join('\n')}\n`);
    // Two worker threads: the PDFs are encrypted where they are rendered, then moved to the main thread.
    run = await runMain(['batch', PV, '--members', '--member-passwords', 'pw.csv', '--formats', 'json', '--jobs', '2', '-o', 'out', '--json'], dir);
  });

  it('encrypts every member report with its own password: qpdf opens none without it, each with it', async () => {
    expect(run.code).toBe(0);
    // Packaging Valley's 8 members (the small fixture, read with exceljs).
    expect(members.length).toBe(8);
    const path = (m: { cluster: string; id: string }) => join(dir, 'out', 'members', m.cluster, `member-${m.id}.pdf`);
    for (const m of members) expect((await qpdf(['--requires-password', path(m)])).code, `${m.id} needs a password`).toBe(0);
    const [first, second] = members;
    expect((await qpdf(['--check', path(first!)])).code).toBe(2);
    expect((await qpdf([`--password=${secret(first!.cluster, first!.id)}`, '--check', path(first!)])).code).toBe(0);
    expect((await qpdf([`--password=${secret(second!.cluster, second!.id)}`, '--check', path(second!)])).code).toBe(0);
    // One member's password does not open another's report.
    expect((await qpdf([`--password=${secret(first!.cluster, first!.id)}`, '--check', path(second!)])).code).toBe(2);
  });

  it('writes the reports a reader can read once decrypted', async () => {
    const m = members[0]!;
    const file = join(dir, 'out', 'members', m.cluster, `member-${m.id}.pdf`);
    const plain = join(dir, 'plain.pdf');
    expect((await qpdf([`--password=${secret(m.cluster, m.id)}`, '--decrypt', file, plain])).code).toBe(0);
    expect(await pdfText(plain)).toContain(m.id);
  });

  it('writes no password into stdout, stderr, results, summary.json, index.csv or the state folder', async () => {
    const everything = `${run.stdout}\n${run.stderr}\n${await allText(join(dir, 'out'))}`;
    // Each password once, in its own PDF's encryption dictionary at most as a hash: never as text.
    for (const m of all) expect(everything.includes(secret(m.cluster, m.id)), `${m.id}'s password`).toBe(false);
    expect(everything).not.toMatch(/pw:[a-z-]+:/u);
    const summary = JSON.parse(await readFile(join(dir, 'out', 'summary.json'), 'utf8')) as { memberPasswords?: boolean };
    expect(summary.memberPasswords).toBe(true);
  });

  it('refuses to merge its shards without the passwords file, so that the merged reports are never open, and encrypts them with it', async () => {
    const merged = await runMain(['merge', 'out', '-o', 'merged', '--json'], dir);
    expect(merged.code).toBe(2);
    expect(jsonDocument(merged).issues.map((i) => i.code)).toContain('merge_needs_member_passwords');
    expect(await readdir(join(dir, 'merged')).catch(() => [])).toEqual([]);
    const withFile = await runMain(['merge', 'out', '-o', 'merged', '--member-passwords', 'pw.csv', '--formats', 'json', '--jobs', '1', '--quiet'], dir);
    expect(withFile.code).toBe(0);
    const mergedReports = await readdir(join(dir, 'merged', 'members', 'packaging-valley'));
    expect(mergedReports.length).toBe(8);
    for (const f of mergedReports) expect((await qpdf(['--requires-password', join(dir, 'merged', 'members', 'packaging-valley', f)])).code, f).toBe(0);
  });

  it('reports a bad passwords file at its rows, and a member without a password, writing nothing', async () => {
    const [a, b] = all;
    await writeFile(join(dir, 'bad.csv'), `respondent_id,cluster_id,password\n${a!.id},${a!.cluster},one\n${a!.id},${a!.cluster},two\n${b!.id},,three\n`);
    const bad = await runMain(['batch', PV, SZ, '--members', '--member-passwords', 'bad.csv', '--formats', 'json', '-o', 'bad-out', '--json'], dir);
    expect(bad.code).toBe(1);
    expect(jsonDocument(bad).issues.filter((i) => i.code !== 'member_passwords_invalid').map((i) => i.message)).toEqual([
      `Row 3: member ${a!.cluster}/${a!.id} already has a password in an earlier row.`,
      `Row 4: the cluster id of member ${b!.id} is empty.`,
    ]);
    // The terminal names the rows as well, before saying the run stopped.
    expect(bad.stderr).toContain(`error: bad.csv: Row 3: member ${a!.cluster}/${a!.id} already has a password in an earlier row.\n`);
    expect(bad.stderr.trimEnd().split('\n').at(-1)).toBe('The member passwords file bad.csv has errors; no report was written.');
    expect(bad.stdout + bad.stderr).not.toMatch(/\bone\b|\btwo\b|\bthree\b/u);
    expect(await readdir(join(dir, 'bad-out')).catch(() => [])).toEqual([]);

    await writeFile(join(dir, 'some.csv'), `respondent_id,cluster_id,password\n${a!.id},${a!.cluster},only-one\n`);
    const some = await runMain(['batch', PV, SZ, '--members', '--member-passwords', 'some.csv', '--formats', 'json', '-o', 'some-out', '--json'], dir);
    expect(some.code).toBe(1);
    const missing = jsonDocument(some).issues.filter((i) => i.code === 'member_passwords_missing');
    // 8 + 10 members, one with a row.
    expect(all.length).toBe(18);
    expect(missing.length).toBe(17);
    expect(await readdir(join(dir, 'some-out', 'members')).catch(() => [])).toEqual([]);
  });

  it('refuses a file without cluster ids when members of two clusters share an id', async () => {
    // Shenzhen's members renamed PV-0001…: the same ids as Packaging Valley's.
    await editedWorkbook(SZ, join(dir, 'sz-same-ids.xlsx'), (workbook) => {
      workbook.getWorksheet('Responses')!.eachRow((row, n) => {
        if (n > 2) row.getCell(1).value = `PV-${String(n - 2).padStart(4, '0')}`;
      });
    });
    await writeFile(join(dir, 'ids.csv'), `respondent_id,password\n${members.map((m) => `${m.id},x-${m.id}`).join('\n')}\n`);
    const shared = await runMain(['assess', PV, 'sz-same-ids.xlsx', '--members', '--member-passwords', 'ids.csv', '--formats', 'json', '-o', 'shared-out', '--json'], dir);
    expect(shared.code).toBe(1);
    const ambiguous = jsonDocument(shared).issues.filter((i) => i.code === 'member_passwords_ambiguous');
    // PV-0001…PV-0008 are in both clusters; PV-0009 and PV-0010 only in Shenzhen's, and have no row.
    expect(ambiguous.map((i) => i.respondent)).toEqual(['PV-0001', 'PV-0002', 'PV-0003', 'PV-0004', 'PV-0005', 'PV-0006', 'PV-0007', 'PV-0008']);
    expect([ambiguous[0]!.file, ambiguous[0]!.message]).toEqual(['ids.csv', 'Members of the clusters packaging-valley, shenzhen-electronics share the respondent id PV-0001; add a cluster_id column so that each gets its own password.']);
    expect(await readdir(join(dir, 'shared-out', 'members')).catch(() => [])).toEqual([]);
  });
});
