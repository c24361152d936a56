import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import localizeZhModule from 'ajv-i18n/localize/zh/index.js';
import type { Lang } from './common.js';
import type { Issue } from './issue.js';

// ajv-formats and ajv-i18n ship CommonJS; under NodeNext their default exports arrive wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const localizeZh = localizeZhModule as unknown as typeof localizeZhModule.default;

const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: false });
addFormats(ajv);
const compiled = new WeakMap<TSchema, ValidateFunction>();

export type Validation<T> = { ok: true; value: T; issues: Issue[] } | { ok: false; issues: Issue[] };

function compile(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** The two messages ajv words too vaguely to act on, in each language; the rest come from ajv (en) or ajv-i18n (zh). */
const SPECIFIC: Record<Lang, { unknownProperty: (name: string) => string; oneOf: (values: string) => string }> = {
  en: { unknownProperty: (name) => `unknown property "${name}"`, oneOf: (values) => `must be one of ${values}` },
  zh: { unknownProperty: (name) => `未知属性“${name}”`, oneOf: (values) => `应为以下值之一：${values}` },
};

function describe(error: ErrorObject, lang: Lang): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  if (error.keyword === 'additionalProperties') return `${where}: ${SPECIFIC[lang].unknownProperty(String(error.params.additionalProperty))}`;
  if (error.keyword === 'enum') {
    return `${where}: ${SPECIFIC[lang].oneOf((error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', '))}`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}

/**
 * Checks `data` against `schema` and returns every problem as an Issue (never throws for bad data).
 * Each issue's `path` is the JSON Pointer of the offending value; its message is in `lang`
 * (__Default:__ `en`) and starts with that pointer too, for people reading a flat list.
 * @example validate(Framework, JSON.parse(text), 'my-framework.json', 'zh')
 */
export function validate<S extends TSchema>(schema: S, data: unknown, file?: string, lang: Lang = 'en'): Validation<Static<S>> {
  const fn = compile(schema);
  if (fn(data)) return { ok: true, value: data as Static<S>, issues: [] };
  // ajv keeps errors on the compiled function; localise copies, so a later English call is unaffected.
  const errors = (fn.errors ?? []).map((error) => ({ ...error }));
  if (lang === 'zh') localizeZh(errors);
  const issues: Issue[] = errors.map((error) => ({
    severity: 'error',
    code: 'schema_violation',
    message: describe(error, lang),
    path: error.instancePath,
    ...(file ? { file } : {}),
  }));
  return { ok: false, issues };
}
