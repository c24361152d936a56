import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueProblems, cjkLiterals, LANGS } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { MESSAGES, SEVERITY } from './index.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Chinese words the reader recognises in what people type (yes/no, non-answers, the example
 * row's id, dates, language names of XLSForm columns, full-width separators). They are input, not texts shown to
 * anyone, and are accepted whatever the reader's language; each is listed so that no message
 * can hide among them.
 */
const INPUT_WORDS: Record<string, readonly string[]> = {
  'layout.ts': ["'示例'", "'样例'", "'是'", "'是的'", "'有'", "'否'", "'不是'", "'没有'", "'年度'", "'年'", "'家'", "'个'"],
  'non-answer.ts': ["'不适用'", "'不知道'", "'不清楚'", "'无'", "'暂无'"],
  'parse-date.ts': ['/^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?$/'],
  'formats/xlsform-layout.ts': ["'中文'", "'汉语'"],
  // Full-width separators and brackets people type between codes and around units; Chinese times of day.
  'convert-answer.ts': ['/([\\s,;，；、]+)/', '/^(?:[01]?\\d|2[0-3])\\s*(?::\\s*[0-5]\\d(?:\\s*:\\s*[0-5]\\d(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?|[时点](?:\\s*(?:半|[0-5]?\\d(?:\\s*分(?:\\s*[0-5]?\\d\\s*秒)?)?))?)$/', '/^(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)\\s*|\\s*(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上)$/'],
  // Brackets around the explanations of labels and the units of headings.
  'read-text.ts': ['/[(（]/', '/\\s*[(（][^()（）]*[)）]/'],
  // Marks of approximation, magnitude words, range and bound words people write around numbers.
  'parse-number.ts': [
    '/^(?:大约|大概|大致|约|approximately|approx\\.?|about|around|roughly|circa|ca\\.|~|≈)\\s*/',
    '/\\s*左右$/',
    "'十万|百万|千万|十亿|百亿|千亿|万亿|百|千|万|亿'",
    "'十百千万亿'",
    "'-|~|\\u2012|\\u2013|\\u2014|\\u2015|\\u301c|至|到|to'",
    "'>=|<=|>|<|≥|≤|不到|不足|少于|低于|超过|多于|高于|大于|小于|将近|接近|近|逾|至少|最多|more than|less than|fewer than|over|under|above|below|at least|at most|up to'",
    '`\\+|以上|以下|以内|多|余|or more|or less|plus`',
    // Shares in 成 (tenths): 三成 is 30 %.
    "'零一二三四五六七八九十'",
    '/^(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十])\\s*成(半)?$/',
    "'两'",
  ],
  // Respondent ids of a summary row, which is no member.
  'read-responses.ts': ["'合计'", "'总计'", "'小计'", "'平均'", "'平均值'", "'汇总'"],
};

describe('survey catalogue', () => {
  it('has every key in every language and no empty text', () => {
    expect(catalogueProblems(MESSAGES)).toEqual([]);
  });

  it('gives every issue code one severity, the same in every language', () => {
    for (const lang of LANGS) expect(Object.keys(MESSAGES[lang].issues).sort()).toEqual(Object.keys(SEVERITY).sort());
  });

  it('keeps Chinese text out of code outside messages/, but for the listed input words', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$|(^|\/)test-[^/]*$|^messages\//.test(f));
    expect(files.length).toBeGreaterThan(60);
    const hits = files.flatMap((f) => cjkLiterals(readFileSync(join(src, f), 'utf8')).map((hit) => ({ file: f, ...hit })));
    expect(hits.filter((hit) => !INPUT_WORDS[hit.file]?.includes(hit.text)).map((hit) => `${hit.file}:${hit.line} ${hit.text}`)).toEqual([]);
    // Every listed word is still there: a stale list would let a message in under its name.
    expect(Object.entries(INPUT_WORDS).flatMap(([file, words]) => words.filter((word) => !hits.some((hit) => hit.file === file && hit.text === word)))).toEqual([]);
  });

  it('tells how to check a filled workbook both on the web page and with the command line', () => {
    // People of the web page never open a terminal: the last step names the page's upload as well as the command.
    const check = (lang: (typeof LANGS)[number]) => MESSAGES[lang].template.steps.at(-1)!;
    expect(check('en')).toContain('web page');
    expect(check('en')).toContain('“Returned workbooks”');
    expect(check('en')).toContain('clusterlens validate');
    expect(check('zh')).toContain('网页');
    expect(check('zh')).toContain('“交回的工作簿”');
    expect(check('zh')).toContain('clusterlens validate');
  });

  it('brackets a unit once, whether or not the framework bracketed it', () => {
    expect(MESSAGES.en.sheet.headingWithUnit({ label: 'Activity', unit: '(score, 0–5)' })).toBe('Activity (score, 0–5)');
    expect(MESSAGES.en.sheet.headingWithUnit({ label: 'Partners', unit: 'firms' })).toBe('Partners (firms)');
    expect(MESSAGES.zh.sheet.headingWithUnit({ label: '活跃程度', unit: '（分，0–5）' })).toBe('活跃程度（分，0–5）');
    expect(MESSAGES.zh.sheet.headingWithUnit({ label: '伙伴', unit: '家' })).toBe('伙伴（家）');
    const unit = { en: '(score, 0–5)', zh: '（分，0–5）' };
    expect([MESSAGES.en.form.unit({ unit }), MESSAGES.zh.form.unit({ unit })]).toEqual(['Unit: score, 0–5', '单位：分，0–5']);
  });
});
