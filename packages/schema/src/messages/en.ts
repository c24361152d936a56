import type { Catalogue } from './catalogue.js';

export const en: Catalogue = {
  root: '(root)',
  unknownProperty: (p) => `unknown property "${p.name}"`,
  oneOf: (p) => `must be one of ${p.values}`,
  localizeAjv: () => {},
};
