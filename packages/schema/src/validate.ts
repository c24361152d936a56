import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Lang } from './common.js';
import type { Issue } from './issue.js';
import { messages } from './messages/index.js';

// ajv-formats ships CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

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

function describe(error: ErrorObject, lang: Lang): string {
  const m = messages(lang);
  const where = error.instancePath === '' ? m.root : error.instancePath;
  // The two messages ajv words too vaguely to act on come from the catalogue in every language.
  if (error.keyword === 'additionalProperties') return `${where}: ${m.unknownProperty({ name: String(error.params.additionalProperty) })}`;
  if (error.keyword === 'enum') {
    return `${where}: ${m.oneOf({ values: (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ') })}`;
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
  messages(lang).localizeAjv(errors);
  const issues: Issue[] = errors.map((error) => ({
    severity: 'error',
    code: 'schema_violation',
    message: describe(error, lang),
    path: error.instancePath,
    ...(file ? { file } : {}),
  }));
  return { ok: false, issues };
}
