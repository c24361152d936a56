/**
 * One of pdfmake's own classes by its module's name (`pdfmake/js/<name>.js`), and the one way
 * our hooks wrap its methods. The modules that wrap pdfmake's methods (the structure hooks,
 * keep-with-next, the measure cache, text runs, the chart painter) reach its classes this way:
 * pdfmake exports none of them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const pdfmakeClass = <T>(name: string): T => (require(`pdfmake/js/${name}.js`) as { default: T }).default;

/** A method of one of pdfmake's classes, `this` being its instance as the wrapping module sees it. */
export type PdfmakeMethod<This> = (this: This, ...args: unknown[]) => unknown;

/**
 * Replaces the method `name` of pdfmake's class `className` by what `around` makes of it and
 * returns the original. Throws when pdfmake has no such method (another pdfmake version):
 * `hook` names what then needs updating.
 */
export function wrapPdfmake<This>(
  className: string,
  name: string,
  hook: string,
  around: (original: PdfmakeMethod<This>) => PdfmakeMethod<This>,
): PdfmakeMethod<This> {
  const prototype = pdfmakeClass<{ prototype: Record<string, unknown> }>(className).prototype;
  const original = prototype[name];
  if (typeof original !== 'function') throw new Error(`pdfmake has no ${className}.${name}: ${hook} needs updating`);
  prototype[name] = around(original as PdfmakeMethod<This>);
  return original as PdfmakeMethod<This>;
}
