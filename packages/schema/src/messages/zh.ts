import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { Catalogue } from './catalogue.js';

// ajv-i18n ships CommonJS; under NodeNext its default export arrives wrapped.
const localizeZh = localizeZhModule as unknown as typeof localizeZhModule.default;

export const zh: Catalogue = {
  root: '(root)',
  unknownProperty: (p) => `未知属性“${p.name}”`,
  oneOf: (p) => `应为以下值之一：${p.values}`,
  localizeAjv: (errors) => localizeZh(errors),
};
