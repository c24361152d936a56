import type { Catalogue } from '../messages/index.js';

/** One failure of a route's schema, as Fastify's validator reports it (Ajv's error object). */
export interface SchemaFailure {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

interface FieldSchema {
  type?: string;
  minimum?: number;
  maximum?: number;
  enum?: readonly unknown[];
}

/**
 * What a person is told about a request the route's schema refused: which field, and what it may
 * hold. The range comes from the schema itself, not from the failure, which names only the one
 * bound that was crossed.
 */
export function validationText(failure: SchemaFailure, schema: unknown, text: Catalogue): string {
  if (failure.keyword === 'additionalProperties') return text.badRequest(text.unknownField(String(failure.params.additionalProperty)));
  const field = failure.instancePath.replace(/^\//u, '');
  const properties = (schema as { properties?: Record<string, FieldSchema> } | undefined)?.properties ?? {};
  const of = Object.hasOwn(properties, field) ? properties[field] : undefined;
  if (of?.type === 'integer' && of.minimum !== undefined && of.maximum !== undefined) return text.badRequest(text.fieldRange(field, of.minimum, of.maximum));
  if (of?.enum) return text.badRequest(text.fieldChoice(field, of.enum.join(', ')));
  return text.badRequest(text.fieldInvalid(field));
}
