import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages/index.js';
import { runMain } from './test-helpers.js';
import { usageMessage } from './usage-errors.js';

// Commander 14's own words (lib/command.js), as it passes them to Command.error.
const COMMANDER = [
  "error: unknown option '--bogus'",
  "error: unknown command 'histroy'\n(Did you mean history?)",
  "error: unknown command 'x'\n(Did you mean one of list, show?)",
  "error: missing required argument 'workbooks'",
  "error: option '-o, --out <dir>' argument missing",
  "error: required option '-o, --out <dir>' not specified",
  "error: option '--lang <lang>' argument 'fr' is invalid. Allowed choices are en, zh.",
  "error: command-argument value 'x' is invalid for argument 'kind'. Allowed choices are a, b.",
  "error: too many arguments for 'template'. Expected 0 arguments but got 1.",
  'error: too many arguments. Expected 1 argument but got 2.',
];

describe('usage errors in the run’s language', () => {
  it('says every commander usage error in English in commander’s own words', () => {
    for (const message of COMMANDER) expect(usageMessage(message, MESSAGES.en)).toBe(message);
  });

  it('says each of them in Chinese, with no English left but the flags and values, naming arguments and option values as the help does', () => {
    const zh = COMMANDER.map((message) => usageMessage(message, MESSAGES.zh));
    expect(zh).toEqual([
      '错误：未知选项“--bogus”',
      '错误：未知命令“histroy”\n（是否要输入 history？）',
      '错误：未知命令“x”\n（是否要输入以下之一：list, show？）',
      '错误：缺少必需的参数“工作簿”',
      '错误：选项“-o, --out <目录>”缺少取值',
      '错误：未指定必需的选项“-o, --out <目录>”',
      '错误：选项“--lang <语言>”的取值“fr”无效。可选值为 en, zh。',
      '错误：参数“kind”的取值“x”无效。可选值为 a, b。',
      '错误：参数过多（template）：应为 0 个，实际为 1 个。',
      '错误：参数过多：应为 1 个，实际为 2 个。',
    ]);
  });

  it('keeps a message it does not know as it is, after the language’s own “error”', () => {
    expect(usageMessage('error: something new', MESSAGES.zh)).toBe('错误：something new');
  });

  it('answers in the language --lang names, before the config is read, with one line on where the help is', async () => {
    const zh = await runMain(['assess', 'survey.xlsx', '--lang', 'zh', '--min-peers', '1', '-o', 'out'], undefined, { LANG: 'en_GB.UTF-8', CLUSTERLENS_LANG: 'en' });
    expect(zh.code).toBe(2);
    expect(zh.stderr.trim().split('\n')).toEqual(['错误：选项“--min-peers <n>”的取值“1”无效。--min-peers 须为 2 至 1000 之间的整数，而不是“1”', 'clusterlens assess --help 列出全部选项及示例。']);
    // After `--`, words are operands: `--lang zh` there names no language.
    const en = await runMain(['history', 'lst', '--', '--lang', 'zh'], undefined, { LANG: 'en_GB.UTF-8', CLUSTERLENS_LANG: 'en' });
    expect(en.stderr.trim().split('\n')).toEqual(["error: unknown command 'lst'", '(Did you mean list?)', 'clusterlens history --help lists every option, with examples.']);
  });

  it('puts the same words, without the “error”, into the --json document', async () => {
    const run = await runMain(['assess', 'survey.xlsx', '--json', '--lang=zh'], undefined, { CLUSTERLENS_LANG: 'en' });
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, issues: [{ severity: 'error', code: 'usage_error', message: '未指定必需的选项“-o, --out <目录>”' }] });
  });
});
