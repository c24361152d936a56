/**
 * The machine-checkable PDF/UA-1 conditions (Matterhorn Protocol 1.1) of the structure: the
 * document is marked, every piece of content is tagged or an artifact and each MCID belongs to
 * the element the parent tree names (01-003/01-005/01-007), only standard structure types
 * (02-001), headings start at H1 and skip no level (14-002/14-003), figures have Alt (13-004),
 * tables have header cells with a Scope (15-003) and their rows hold only TH/TD, lists and
 * contents hold only their item types, link annotations sit in a Link element with Contents
 * (28-011/28-004), pages with annotations use structure tab order (28-010).
 */
import { pageMarks } from './content-marks.js';
import { pdfString, type PdfDict, type PdfFile, type PdfValue } from './qpdf-json.js';

const STANDARD = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '),
);
const ALLOWED_KIDS: Record<string, string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
  L: ['LI', 'L', 'Caption'],
  LI: ['Lbl', 'LBody'],
  TOC: ['TOCI', 'TOC', 'Caption'],
  TOCI: ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC', 'Link'],
};

export interface StructureSummary {
  /** Element types in reading order, indented by depth (what `pdfinfo -struct-text` shows). */
  outline: string[];
  counts: Record<string, number>;
}

/** Checks the structure of `pdf`; pushes each failed condition to `problems`. */
export function checkStructure(pdf: PdfFile, problems: string[]): StructureSummary {
  const summary: StructureSummary = { outline: [], counts: {} };
  const catalog = pdf.catalog;
  if (pdf.dict(catalog['/MarkInfo'])['/Marked'] !== true) problems.push('06-001: MarkInfo /Marked is not true');
  const root = pdf.dict(catalog['/StructTreeRoot']);
  if (Object.keys(root).length === 0) {
    problems.push('01-001: no structure tree');
    return summary;
  }
  const roleMap = pdf.dict(root['/RoleMap']);
  const owner = new Map<string, string>(); // "page ref/mcid" → element ref, from the elements' K
  const headings: number[] = [];

  const walk = (ref: PdfValue, depth: number, parentType: string): void => {
    const el = pdf.dict(ref);
    const raw = String(el['/S'] ?? '').slice(1);
    const type = STANDARD.has(raw) ? raw : String(roleMap[`/${raw}`] ?? '').slice(1);
    summary.counts[type || raw] = (summary.counts[type || raw] ?? 0) + 1;
    summary.outline.push(`${'  '.repeat(depth)}${type || raw}`);
    if (!STANDARD.has(type)) problems.push(`02-001: non-standard structure type ${raw}`);
    const allowed = ALLOWED_KIDS[parentType];
    if (allowed && !allowed.includes(type)) problems.push(`09-004: ${type} inside ${parentType}`);
    if (/^H[1-6]$/u.test(type)) headings.push(Number(type.slice(1)));
    if (type === 'Figure' && pdfString(el['/Alt']).trim() === '') problems.push('13-004: a figure without Alt');
    if (type === 'TH' && !pdf.array(el['/A']).some((a) => pdf.dict(a)['/Scope'])) problems.push('15-003: a TH without Scope');
    const page = el['/Pg'];
    for (const kid of pdf.array(el['/K'])) {
      if (typeof kid === 'number') owner.set(`${String(page)}/${kid}`, String(ref));
      else if (typeof kid === 'string') walk(kid, depth + 1, type);
      else if (kid && typeof kid === 'object' && !Array.isArray(kid)) {
        if (kid['/Type'] === '/MCR') owner.set(`${String(kid['/Pg'] ?? page)}/${String(kid['/MCID'])}`, String(ref));
        else if (kid['/Type'] === '/OBJR' && type !== 'Link') problems.push(`28-011: an annotation inside ${type}, not Link`);
      }
    }
    if (type === 'Table' && !JSON.stringify(collect(pdf, ref)).includes('TH')) problems.push('15-003: a table without header cells');
  };
  for (const kid of pdf.array(root['/K'])) walk(kid, 0, '');

  if (headings.length > 0 && headings[0] !== 1) problems.push(`14-002: the first heading is H${headings[0]}`);
  headings.forEach((level, i) => {
    if (i > 0 && level > (headings[i - 1] ?? 1) + 1) problems.push(`14-003: H${level} follows H${headings[i - 1]}`);
  });

  checkContent(pdf, root, owner, problems);
  return summary;
}

/** The types under one element, for the table test. */
function collect(pdf: PdfFile, ref: PdfValue): string[] {
  const el = pdf.dict(ref);
  return [String(el['/S']), ...pdf.array(el['/K']).flatMap((kid) => (typeof kid === 'string' ? collect(pdf, kid) : []))];
}

/** Every page's content is tagged or an artifact, and the parent tree agrees with the elements. */
function checkContent(pdf: PdfFile, root: PdfDict, owner: Map<string, string>, problems: string[]): void {
  const parentTree = new Map<number, PdfValue>();
  const gather = (node: PdfValue): void => {
    const dict = pdf.dict(node);
    const nums = pdf.array(dict['/Nums']);
    for (let i = 0; i + 1 < nums.length; i += 2) parentTree.set(Number(nums[i]), nums[i + 1] ?? null);
    for (const kid of pdf.array(dict['/Kids'])) gather(kid);
  };
  gather(root['/ParentTree'] ?? null);
  const seen = new Set<string>();
  pdf.pages().forEach(({ ref, dict }, index) => {
    const content = Buffer.concat(pdf.refs(dict['/Contents']).map((c) => pdf.streamData(c)));
    const marks = pageMarks(content);
    const where = `page ${index + 1}`;
    if (marks.unmarked > 0) problems.push(`01-005: ${where} has ${marks.unmarked} painting operators neither tagged nor artifacts`);
    if (marks.unbalanced) problems.push(`${where}: unbalanced marked content`);
    const row = pdf.array(parentTree.get(Number(dict['/StructParents'])) ?? null);
    for (const mcid of marks.mcids) {
      const key = `${ref}/${mcid}`;
      seen.add(key);
      if (!owner.has(key)) problems.push(`01-007: ${where} MCID ${mcid} is in no structure element`);
      else if (row[mcid] !== owner.get(key)) problems.push(`${where} MCID ${mcid}: the parent tree names another element`);
    }
    const annotations = pdf.array(dict['/Annots']).map((a) => pdf.dict(a));
    if (annotations.length > 0 && dict['/Tabs'] !== '/S') problems.push(`28-010: ${where} has annotations but no /Tabs /S`);
    for (const annotation of annotations) {
      if (annotation['/Subtype'] !== '/Link') continue;
      const parent = pdf.dict(parentTree.get(Number(annotation['/StructParent'])) ?? null);
      if (parent['/S'] !== '/Link') problems.push(`28-011: ${where} has a link annotation outside a Link element`);
      if (pdfString(annotation['/Contents']).trim() === '') problems.push(`28-004: ${where} has a link annotation without Contents`);
    }
  });
  for (const key of owner.keys()) if (!seen.has(key)) problems.push(`structure element refers to missing content ${key}`);
}
