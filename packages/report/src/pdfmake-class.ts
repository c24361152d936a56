/**
 * One of pdfmake's own classes by its module's name (`pdfmake/js/<name>.js`). The modules that
 * wrap pdfmake's methods (the structure hooks, keep-with-next, the measure cache, text runs)
 * reach its classes this way: pdfmake exports none of them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const pdfmakeClass = <T>(name: string): T => (require(`pdfmake/js/${name}.js`) as { default: T }).default;
