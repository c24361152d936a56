/**
 * The report fonts' files: Noto Sans SC for all text, and Roboto, which pdfmake ships, for the
 * "≥" and "≤" of English documents (latin-symbols.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
// Whole TTFs (~11 MB each); pdfkit embeds only the glyphs used, keeping reports small.
export const REGULAR = join(fontDir, '400Regular', 'NotoSansSC_400Regular.ttf');
export const BOLD = join(fontDir, '700Bold', 'NotoSansSC_700Bold.ttf');
const robotoDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
export const SYMBOLS_REGULAR = join(robotoDir, 'Roboto-Regular.ttf');
export const SYMBOLS_BOLD = join(robotoDir, 'Roboto-Medium.ttf');
export const FONT_FILES: ReadonlySet<string> = new Set([REGULAR, BOLD, SYMBOLS_REGULAR, SYMBOLS_BOLD]);
