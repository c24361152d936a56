/**
 * Bundles the CLI's two process entry points, dist/bin.js (the command line) and
 * dist/batch/worker.js (the worker threads), after tsc has built the rest of dist/ (which stays
 * the library, `import 'clusterlens'`). Node loads each of some 500 small files of the workspace
 * packages, TypeBox, ajv and commander on its own (resolve, read, compile, link), which cost a
 * cold command about 0.3 s of CPU; a few chunks load in a fraction of that. Commands still load
 * only what they use: every `await import()` becomes a chunk of its own.
 *
 * What stays outside the bundle, imported from node_modules at run time as before: the packages
 * that are large and loaded only by the commands that need them (pdfmake, exceljs, …), those that
 * read files beside their own code (pdfkit its font metrics, piscina its worker) and native ones.
 *
 * Each bundled module keeps the `import.meta.url` of the file it was built from (its dist/ file,
 * or for the two entries the dist/ file tsc would have written), so every path resolved from it
 * resolves as without the bundle: package.json, the worker file, the demo fixtures, the web page,
 * the fonts (createRequire). The build fails if an external package would resolve from the bundle
 * to another file than from the module that imports it.
 */
import { rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const app = fileURLToPath(new URL('..', import.meta.url));
const src = join(app, 'src');
const dist = join(app, 'dist');
const chunks = join(dist, 'chunks');

/** The entries, built from source: tsconfig.build.json leaves them out, so tsc does not write these two files. */
const ENTRIES = { bin: join(src, 'bin.ts'), 'batch/worker': join(src, 'batch', 'worker.ts') };

/** Packages bundled with our own: small files loaded by every command, and no file read beside their code. */
const BUNDLED = new Set(['@sinclair/typebox', 'ajv', 'ajv-formats', 'ajv-i18n', 'fast-deep-equal', 'fast-uri', 'json-schema-traverse', 'require-from-string', 'commander']);

const posix = (path) => path.split(sep).join('/');
const isWorkspace = (path) => !path.includes(`${sep}node_modules${sep}`);

/** The package a node_modules path belongs to (`@scope/name` or `name`), the last one in the path. */
function packageOf(path) {
  const parts = path.split(`${sep}node_modules${sep}`).at(-1).split(sep);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The file a module's code was built from, as it lies without the bundle: an entry's source maps to its dist/ file. */
const builtFile = (id) => (id.startsWith(src + sep) ? join(dist, relative(src, id)).replace(/\.ts$/u, '.js') : id);

/** Stands for a module's built file until its chunk is known; then becomes that file's path relative to the chunk. */
const BUILT = '__clusterlensBuiltFile';

const externals = {
  name: 'clusterlens-externals',
  async resolveId(source, importer, options) {
    if (importer === undefined || source.startsWith('node:') || source.startsWith('\0')) return null;
    // An entry's own imports are tsc's output: the entries alone are compiled here.
    const from = importer.startsWith(src + sep) ? builtFile(importer) : importer;
    const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
    if (resolved === null || resolved.external || isWorkspace(resolved.id) || BUNDLED.has(packageOf(resolved.id))) return resolved;
    // Left to Node at run time, which resolves it from the chunk: that must be the same file.
    const there = await this.resolve(source, join(chunks, 'index.js'), { ...options, skipSelf: true });
    if (there?.id !== resolved.id) throw new Error(`${source}, imported by ${importer}, resolves to ${there?.id ?? 'nothing'} from ${chunks} but to ${resolved.id} where it is imported`);
    return { id: source, external: true };
  },
};

const importMetaUrl = {
  name: 'clusterlens-import-meta-url',
  transform(code, id) {
    if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
    return code.replaceAll('import.meta.url', `new URL(${BUILT}(${JSON.stringify(builtFile(id))}), import.meta.url).href`);
  },
  renderChunk(code, chunk) {
    if (!code.includes(BUILT)) return null;
    // Relative to the chunk's own URL, so the install may be moved or packed.
    const here = dirname(join(dist, chunk.fileName));
    return code.replace(new RegExp(`${BUILT}\\(("(?:[^"\\\\]|\\\\.)*")\\)`, 'gu'), (_, file) => JSON.stringify(posix(relative(here, JSON.parse(file)))));
  },
};

await rm(chunks, { recursive: true, force: true });
const bundle = await rolldown({ input: ENTRIES, platform: 'node', plugins: [externals, importMetaUrl], logLevel: 'warn' });
await bundle.write({ dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
await bundle.close();
