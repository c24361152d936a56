import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { Catalogue, JsonProblem } from './catalogue.js';

const JSON_PROBLEMS: Record<JsonProblem, string> = {
  InvalidSymbol: '此字符不能作为值的开头（文本须用英文双引号）',
  InvalidNumberFormat: '数字格式有误',
  PropertyNameExpected: '此处应为带英文双引号的名称（或最后一项后面多了逗号）',
  ValueExpected: '此处应为一个值',
  ColonExpected: '名称后面应为冒号（:）',
  CommaExpected: '两项之间应为逗号',
  CloseBraceExpected: '此处应为右花括号 }',
  CloseBracketExpected: '此处应为右方括号 ]',
  EndOfFileExpected: 'JSON 在此之前已结束，但后面还有内容',
  InvalidCommentToken: '此处有注释，JSON 不允许注释',
  UnexpectedEndOfComment: '此处有注释，JSON 不允许注释',
  UnexpectedEndOfString: '文本缺少结尾的双引号',
  UnexpectedEndOfNumber: '数字提前结束',
  InvalidUnicode: '\\u 转义格式有误',
  InvalidEscapeCharacter: '\\ 转义格式有误',
  InvalidCharacter: '文本中有控制字符（如换行）',
};

// ajv-i18n ships CommonJS; under NodeNext its default export arrives wrapped.
const localizeZh = localizeZhModule as unknown as typeof localizeZhModule.default;

export const zh: Catalogue = {
  root: '(root)',
  unknownProperty: (p) => `未知属性“${p.name}”`,
  oneOf: (p) => `应为以下值之一：${p.values}`,
  localizeAjv: (errors) => localizeZh(errors),
  notJson: (p) => ({
    message: `${p.file === undefined ? '该文本' : `“${p.file}”`}不是有效的 JSON${p.at ? `：第 ${p.at.line} 行第 ${p.at.column} 列，${JSON_PROBLEMS[p.at.problem]}` : ''}。`,
    suggestion: '请用文本编辑器改正：JSON 的名称和文本须用英文双引号 "…"，不能有注释，最后一项后面不能有逗号。',
  }),
};
