import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { fullFixtureResult, withoutDistributions } from '../test-fixture-analysis.js';
import { resultsToCsv } from './csv.js';
import { csvField, escapeFormula } from './escape.js';
import { writeResultsWorkbook } from './workbook.js';

/** The fixture with an issue whose text tries formula injection. */
function hostile() {
  const result = withoutDistributions(fullFixtureResult());
  result.issues.push({ severity: 'error', code: 'value_out_of_range', message: '=HYPERLINK("http://x","click")', suggestion: '-1+1', respondent: '@SUM(A1)' });
  result.issues.push({ severity: 'error', code: 'not_a_number', message: 'm', file: 'a.xlsx', sheet: 'Responses', cell: 'C3', question: 'employees', respondent: 'M1', effect: 'answer_refused' });
  return result;
}

describe('formula-injection escaping', () => {
  it('prefixes text starting with = + - @ tab or CR, and nothing else', () => {
    for (const t of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx']) expect(escapeFormula(t)).toBe(`'${t}`);
    for (const t of ['1+1', 'a=b', ' =x', '织里', '']) expect(escapeFormula(t)).toBe(t);
  });

  it('quotes CSV fields per RFC 4180 and leaves numbers alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField(-3.5)).toBe('-3.5');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
  });
});

describe('resultsToCsv', () => {
  it('writes five files with stable headers and CRLF records', () => {
    const files = resultsToCsv(hostile());
    expect(Object.keys(files)).toEqual(['clusters.csv', 'dimensions.csv', 'indicators.csv', 'members.csv', 'issues.csv']);
    const dims = files['dimensions.csv'] ?? '';
    expect(dims.startsWith('cluster_id,dimension_id,label_en,label_zh,score,coverage,rank,peer_median,change\r\n')).toBe(true);
    // 3 clusters × 8 dimensions + header = 25 records.
    expect(dims.split('\r\n').filter((l) => l !== '')).toHaveLength(25);
    // Zhili D5 is unscored: empty score, not 0.
    expect(dims).toContain('zhili,D5,Collaborative symbiosis,协同共生网络,,0.4,');
    const issues = files['issues.csv'] ?? '';
    expect(issues.startsWith('severity,code,message,suggestion,file,sheet,cell,question,respondent,effect\r\n')).toBe(true);
    expect(issues).toContain(`error,value_out_of_range,"'=HYPERLINK(""http://x"",""click"")",'-1+1,,,,,'@SUM(A1),\r\n`);
    // What the problem did to the data, for a table user to filter on.
    expect(issues).toContain('error,not_a_number,m,,a.xlsx,Responses,C3,employees,M1,answer_refused\r\n');
    // 10 Zhili members, none elsewhere.
    expect((files['members.csv'] ?? '').split('\r\n').filter((l) => l.startsWith('zhili,'))).toHaveLength(10);
  });
});

describe('writeResultsWorkbook', () => {
  it('writes the five sheets with frozen, translated headers and escaped text', async () => {
    const bytes = await writeResultsWorkbook(hostile(), { lang: 'zh' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['clusters', 'dimensions', 'indicators', 'members', 'issues']);
    const dims = wb.getWorksheet('dimensions');
    expect(dims?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(dims?.getCell('A1').value).toBe('集群编号');
    expect(dims?.getCell('E1').value).toBe('得分');
    // Row 2: Zhili D1, score 58 (test-fixture-result.test.ts) as a number with one decimal shown.
    expect(dims?.getCell('E2').value).toBeCloseTo(58, 9);
    expect(dims?.getCell('E2').numFmt).toBe('0.0');
    const issues = wb.getWorksheet('issues');
    expect(issues?.getCell('C2').value).toBe(`'=HYPERLINK("http://x","click")`);
    expect(issues?.getCell('I2').value).toBe(`'@SUM(A1)`);
  });

  it('gives identical bytes for identical input', async () => {
    const a = await writeResultsWorkbook(hostile(), { lang: 'en' });
    // A day later by the clock (zip entries keep 2-second steps): any clock in the bytes would show.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 86_400_000);
    try {
      const b = await writeResultsWorkbook(hostile(), { lang: 'en' });
      expect(a.equals(b)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
