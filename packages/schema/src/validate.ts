import type { Static, TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Issue } from './issue.js';

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

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  if (error.keyword === 'additionalProperties') {
    return `${where}: unknown property "${String(error.params.additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}

/**
 * Checks `data` against `schema` and returns every problem as an Issue (never throws for bad data).
 * @example validate(Framework, JSON.parse(text), 'my-framework.json')
 */
export function validate<S extends TSchema>(schema: S, data: unknown, file?: string): Validation<Static<S>> {
  const fn = compile(schema);
  if (fn(data)) return { ok: true, value: data as Static<S>, issues: [] };
  const issues: Issue[] = (fn.errors ?? []).map((error) => ({
    severity: 'error',
    code: 'schema_violation',
    message: describe(error),
    ...(file ? { file } : {}),
  }));
  return { ok: false, issues };
}
