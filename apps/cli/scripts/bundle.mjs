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
 * read files beside their own code (pdfkit its font metrics, piscina its worker) and native ones;
 * pdfmake above all, whose modules the report package patches through createRequire, so there
 * must be one copy of it.
 *
 * Each bundled module keeps the `import.meta.url` of the file it was built from (its dist/ file,
 * or for the two entries the dist/ file tsc would have written), so every path resolved from it
 * resolves as without the bundle: package.json, the worker file, the demo fixtures, the web page,
 * the fonts (createRequire). The build fails if an external package would resolve from the bundle
 * to another file than from the module that imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
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

/** Stands for a CLI module's built file until its chunk is known; then becomes that file's path relative to the chunk. */
const BUILT = '__clusterlensBuiltFile';
/** The virtual module that finds an installed package's files at run time. */
const PACKAGE_URL = '\0clusterlens-package-url';

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

/** The folder and package.json of the package that holds `file`. */
function packageRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return { dir, manifest: JSON.parse(readFileSync(manifest, 'utf8')) };
  }
  throw new Error(`no package.json above ${file}`);
}

/**
 * `import.meta.url` of a bundled module as the URL of the file it was built from. The CLI's own
 * files lie beside the chunks, at a fixed path from them. A workspace package's are found through
 * the package as installed (its main module, resolved from the chunk at run time), so the bundle
 * works wherever the packages are installed, in this repository or from a packed CLI.
 */
const importMetaUrl = {
  name: 'clusterlens-import-meta-url',
  resolveId: (source) => (source === PACKAGE_URL ? source : null),
  load: (id) =>
    id === PACKAGE_URL
      ? [
          "import { createRequire } from 'node:module';",
          "import { pathToFileURL } from 'node:url';",
          'const require = createRequire(import.meta.url);',
          'export const packageUrl = (name, path) => new URL(path, pathToFileURL(require.resolve(name))).href;',
        ].join('\n')
      : null,
  async transform(code, id) {
    if (id.startsWith('\0') || !code.includes('import.meta.url')) return null;
    const file = builtFile(id);
    if (file.startsWith(app)) return code.replaceAll('import.meta.url', `new URL(${BUILT}(${JSON.stringify(file)}), import.meta.url).href`);
    const { dir, manifest } = packageRoot(file);
    const main = await this.resolve(manifest.name, file, { skipSelf: true });
    if (main === null || !main.id.startsWith(dir + sep)) throw new Error(`${manifest.name} does not resolve to its own main module from ${file}`);
    const path = posix(relative(dirname(main.id), file));
    const url = `__clusterlensPackageUrl(${JSON.stringify(manifest.name)}, ${JSON.stringify(path.startsWith('.') ? path : `./${path}`)})`;
    return `import { packageUrl as __clusterlensPackageUrl } from ${JSON.stringify(PACKAGE_URL)};\n${code.replaceAll('import.meta.url', url)}`;
  },
  renderChunk(code, chunk) {
    if (!code.includes(BUILT)) return null;
    // Relative to the chunk's own URL, so the install may be moved.
    const here = dirname(join(dist, chunk.fileName));
    return code.replace(new RegExp(`${BUILT}\\(("(?:[^"\\\\]|\\\\.)*")\\)`, 'gu'), (_, file) => JSON.stringify(posix(relative(here, JSON.parse(file)))));
  },
};

await rm(chunks, { recursive: true, force: true });
const bundle = await rolldown({ input: ENTRIES, platform: 'node', plugins: [externals, importMetaUrl], logLevel: 'warn' });
await bundle.write({ dir: dist, format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' });
await bundle.close();
