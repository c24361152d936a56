import { describe, expect, it } from 'vitest';
import { runMain } from './test-helpers.js';
import { displayWidth } from './table.js';

const help = async (args: string[], lang: string) => (await runMain([...args, '--help'], undefined, { CLUSTERLENS_LANG: lang })).stdout;

describe('help in the run’s language', () => {
  it('says commander’s own words of every help in Chinese: headings, the notes after a description, the help and version options', async () => {
    for (const args of [[], ['template'], ['history'], ['history', 'export']]) {
      const zh = await help(args, 'zh');
      expect(zh).toMatch(/^用法： clusterlens/u);
      expect(zh).not.toMatch(/Usage:|Options:|Commands:|Arguments:|Examples:|display help|choices:|default:|version number/u);
    }
    const template = await help(['template'], 'zh');
    // Wrapped by terminal columns, so a note may run over two lines.
    expect(template.replace(/\s*\n\s+/gu, ' ')).toContain('（可选值："en", "zh", "both"）');
    expect(template).toMatch(/-h, --help +显示命令的帮助/u);
    expect(template).toContain('\n示例：\n  $ clusterlens template -o survey.xlsx');
    const top = await help([], 'zh');
    expect(top).toMatch(/-V, --version +显示版本号/u);
    expect(top).toMatch(/\n命令：\n/u);
  });

  it('says the usage line, the terms of commands and arguments and the options’ value names in Chinese, aligned by terminal columns', async () => {
    // Value names that are a format or a symbol, not a word, stay as they are.
    const formats = new Set(['k', 'n', 'K/N', 'L,U', 'YYYY-MM-DD', 'results.json', 'file.csv', 'META.csv', 'DATA.csv', 'W.csv', 'OUT.csv']);
    const commands = [[], ['template'], ['validate'], ['assess'], ['index'], ['batch'], ['merge'], ['history'], ['history', 'list'], ['history', 'export'], ['history', 'import'], ['demo'], ['serve']];
    for (const args of commands) {
      const zh = await help(args, 'zh');
      const english = [...zh.matchAll(/[<[]([^<>[\]]+?)(?:\.\.\.)?[>\]]/gu)].map((m) => m[1]!).filter((inner) => /[a-z]/u.test(inner) && !formats.has(inner) && inner !== 'XLSForm');
      expect(english, args.join(' ')).toEqual([]);
      // Every description of a list starts in one column, though a Chinese character takes two.
      const items = zh.split('\n').filter((line) => /^ {2}\S/u.test(line) && / {2,}\S/u.test(line.slice(2)));
      const starts = new Set(items.map((line) => displayWidth(/^ {2}\S.*? {2,}(?=\S)/u.exec(line)![0])));
      expect(starts.size, args.join(' ')).toBeLessThanOrEqual(2); // options and arguments/commands may have their own column
    }
    const top = await help([], 'zh');
    expect(top).toMatch(/^用法： clusterlens \[选项\] \[命令\]\n/u);
    expect(top).toContain('  validate [选项] <工作簿...>  检查调查工作簿');
    expect(top).toMatch(/\n {2}help \[命令\] +显示命令的帮助/u);
    const validate = await help(['validate'], 'zh');
    expect(validate).toMatch(/^用法： clusterlens validate \[选项\] <工作簿\.\.\.>\n/u);
    expect(validate).toMatch(/\n {2}工作簿 +调查工作簿/u);
    expect(validate).toContain('--framework <编号|文件>');
    // A usage error names an argument and an option as the help does.
    expect((await runMain(['validate'], undefined, { CLUSTERLENS_LANG: 'zh' })).stderr).toContain('缺少必需的参数“工作簿”');
    expect((await runMain(['template'], undefined, { CLUSTERLENS_LANG: 'zh' })).stderr).toContain('未指定必需的选项“-o, --out <文件>”');
  });

  it('keeps commander’s English words in English', async () => {
    const en = await help(['template'], 'en');
    expect(en).toMatch(/^Usage: clusterlens template \[options\]\n/u);
    expect(en).toContain(' (choices: "en", "zh", "both")');
    expect(en).toContain('-h, --help             display help for command');
    expect(en).toContain('\nExamples:\n  $ clusterlens template -o survey.xlsx');
    expect(await help([], 'en')).toMatch(/^Usage: clusterlens \[options\] \[command\]\n/u);
    expect(await help(['validate'], 'en')).toContain('--framework <id|file>');
    expect((await runMain(['validate'], undefined, { CLUSTERLENS_LANG: 'en' })).stderr).toContain("missing required argument 'workbooks'");
  });
});
