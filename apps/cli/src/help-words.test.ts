import { describe, expect, it } from 'vitest';
import { runMain } from './test-helpers.js';

const help = async (args: string[], lang: string) => (await runMain([...args, '--help'], undefined, { CLUSTERLENS_LANG: lang })).stdout;

describe('help in the run’s language', () => {
  it('says commander’s own words of every help in Chinese: headings, the notes after a description, the help and version options', async () => {
    for (const args of [[], ['template'], ['history'], ['history', 'export']]) {
      const zh = await help(args, 'zh');
      expect(zh).toMatch(/^用法： clusterlens/u);
      expect(zh).not.toMatch(/Usage:|Options:|Commands:|Arguments:|Examples:|display help|choices:|default:|version number/u);
    }
    const template = await help(['template'], 'zh');
    expect(template).toContain('（可选值："en", "zh", "both"）');
    expect(template).toContain('-h, --help             显示命令的帮助');
    expect(template).toContain('\n示例：\n  $ clusterlens template -o survey.xlsx');
    const top = await help([], 'zh');
    expect(top).toContain('-V, --version                      显示版本号');
    expect(top).toMatch(/\n命令：\n/u);
  });

  it('keeps commander’s English words in English', async () => {
    const en = await help(['template'], 'en');
    expect(en).toMatch(/^Usage: clusterlens template \[options\]\n/u);
    expect(en).toContain(' (choices: "en", "zh", "both")');
    expect(en).toContain('-h, --help             display help for command');
    expect(en).toContain('\nExamples:\n  $ clusterlens template -o survey.xlsx');
  });
});
