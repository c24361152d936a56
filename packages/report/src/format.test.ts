import { describe, expect, it } from 'vitest';
import { formatterFor } from './format.js';
import { messagesFor } from './messages/index.js';
import { statusOf } from './status.js';

describe('formatterFor', () => {
  const en = formatterFor('en');
  const zh = formatterFor('zh');

  it('is made once per language and shared, so no report can change another’s', () => {
    expect(formatterFor('en')).toBe(en);
    expect(zh).not.toBe(en);
    expect(Object.isFrozen(en)).toBe(true);
  });

  it('prints scores with exactly one decimal, null as a dash', () => {
    expect(en.score(53.721)).toBe('53.7');
    expect(en.score(60)).toBe('60.0');
    expect(zh.score(90.784)).toBe('90.8');
    expect(en.score(null)).toBe('—');
  });

  it('makes a plain plural unit agree with a value of 1', () => {
    const weeks = { en: 'weeks', zh: '周' };
    expect(en.value(1, weeks)).toBe('1 week');
    expect(en.value(2, weeks)).toBe('2 weeks');
    expect(en.value(1.04, weeks)).toBe('1 week');
    expect(en.value(1.5, weeks)).toBe('1.5 weeks');
    expect(zh.value(1, weeks)).toBe('1周');
    expect(en.value(1, { en: 'score (1–5)', zh: '分（1–5）' })).toBe('1 score (1–5)');
  });

  it('groups thousands and keeps at most one decimal for values', () => {
    expect(en.number(10000)).toBe('10,000');
    expect(en.number(2.94)).toBe('2.9');
    expect(en.share(46 / 120)).toBe('38.3%'); // 46/120 = 0.38333
    expect(en.wholeShare(6 / 7)).toBe('86%'); // 0.857
  });

  it('glues symbol and CJK units to the number and spaces Latin words', () => {
    expect(en.value(68, { en: '%', zh: '%' })).toBe('68%');
    expect(en.value(3, { en: 'days', zh: '天' })).toBe('3 days');
    expect(zh.value(3, { en: 'days', zh: '天' })).toBe('3天');
    expect(en.value(2.9, { en: '/5', zh: '/5' })).toBe('2.9/5');
    expect(en.value(null, { en: '%', zh: '%' })).toBe('—');
  });

  it('writes goalpost ranges with the unit once', () => {
    expect(en.range(2, 60, { en: 'days', zh: '天' })).toBe('2–60 days');
    expect(zh.range(0, 100, { en: '%', zh: '%' })).toBe('0–100%');
    expect(en.range(1, 5, { en: '/5', zh: '/5' })).toBe('1–5');
    // A negative end takes a minus sign, and words rather than a dash between the ends.
    expect(en.range(-5, 15, { en: '%/yr', zh: '%/年' })).toBe('\u22125 to 15%/yr');
    expect(zh.range(-5, 15, { en: '%/yr', zh: '%/年' })).toBe('\u22125至15%/年');
    expect(en.range(-20, -5, { en: '%', zh: '%' })).toBe('\u221220 to \u22125%');
  });

  it('prints a negative number with the minus sign in every format, as the signed changes do', () => {
    const pct = { en: '%/yr', zh: '%/年' };
    for (const f of [en, zh]) {
      const printed = [f.score(-1.25), f.number(-2.5), f.integer(-3), f.share(-0.05), f.wholeShare(-0.05), f.value(-2.5, pct), f.brief(-2.5, pct), f.fixed(-0.123, 2), f.exact(-0.3), f.exactShare(-0.3), f.signed(-1.3), f.shareAgainst(-0.05, 0)];
      for (const text of printed) expect(text, text).toMatch(/^\u2212/u);
    }
    // −1.25 as a score: one decimal, minus sign.
    expect(en.score(-1.25)).toBe('\u22121.3');
  });

  it('keeps scale-noted and long units out of the number', () => {
    const likert = { en: 'score (1–5)', zh: '分（1–5）' };
    const patents = { en: 'patents per 10,000 employees', zh: '件/万名员工' };
    expect(en.inlineUnit(likert)).toBe(false);
    expect(zh.inlineUnit(likert)).toBe(false);
    expect(en.brief(2.8, likert)).toBe('2.8');
    expect(en.range(1, 5, likert)).toBe('1–5');
    expect(en.brief(41, patents)).toBe('41');
    // 6 CJK characters ≈ 6 em × 8.5 pt = 51 pt: short enough to stay.
    expect(zh.brief(41, patents)).toBe('41件/万名员工');
    expect(en.brief(29, { en: 'organisations', zh: '家' })).toBe('29 organisations');
  });

  it('says a unit apart from the numbers beside the name only when the name does not say it', () => {
    const patents = { en: 'patents per 10,000 employees', zh: '件/万名员工' };
    expect(en.unitApart({ en: 'Patents per 10,000 employees', zh: '每万名员工专利数' }, patents)).toBe(false);
    expect(en.unitApart({ en: 'Patent intensity', zh: '专利强度' }, patents)).toBe(true);
    // Printed with each number in Chinese: never apart.
    expect(zh.unitApart({ en: 'Patent intensity', zh: '专利强度' }, patents)).toBe(false);
    expect(en.unitApart({ en: 'Mean integration stage', zh: '平均融入阶段' }, { en: 'stage (1–4)', zh: '阶段（1–4）' })).toBe(true);
  });
});

describe('statusOf', () => {
  it('bands what the reader sees: ≥ 60 good, 40–60 fair, < 40 weak', () => {
    expect(statusOf(60)).toBe('good');
    expect(statusOf(59.96)).toBe('good'); // printed as 60.0
    expect(statusOf(59.94)).toBe('fair'); // printed as 59.9
    expect(statusOf(40)).toBe('fair');
    expect(statusOf(39.9)).toBe('weak');
    expect(statusOf(0)).toBe('weak');
    expect(statusOf(null)).toBe('none');
  });
});

describe('units beside labels', () => {
  const [en, zh] = [messagesFor('en'), messagesFor('zh')];

  it('brackets a plain unit once and a unit that brings its brackets not again', () => {
    expect(en.withUnit({ label: 'Local partners', unit: 'organisations' })).toBe('Local partners (organisations)');
    expect(en.withUnit({ label: 'Mean integration stage', unit: '(stage, 1–4)' })).toBe('Mean integration stage (stage, 1–4)');
    expect(zh.withUnit({ label: '平均融入阶段', unit: '（阶段，1–4）' })).toBe('平均融入阶段（阶段，1–4）');
    expect(zh.withUnit({ label: '本地合作伙伴', unit: '家' })).toBe('本地合作伙伴（家）');
  });

  it('states a bracketed unit in a unit note without its brackets', () => {
    expect(en.unitNote({ unit: '(score, 1–5)' })).toBe('Unit: score, 1–5');
    expect(zh.unitNote({ unit: '（阶段，1–4）' })).toBe('单位：阶段，1–4');
    expect(en.unitNote({ unit: 'days' })).toBe('Unit: days');
  });
});
