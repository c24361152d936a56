import { readZip } from './formats/zip-read.js';
import type { DamagedPart } from './part-damage.js';
import { partKind } from './part-check.js';
import { readNotes, type CellNote } from './sheet-notes.js';
import { attribute } from './stream/xml-tokenizer.js';
import { sheetNames } from './workbook-parts.js';
import { writeZip, type ZipFile } from './zip-write.js';

/** What to leave out of a package so exceljs can open the rest. */
export interface RepairPlan {
  /** Broken parts (from the inspection): worksheets are emptied, other parts left out. */
  damaged: readonly DamagedPart[];
  /**
   * Also leave out every part the sheets can do without — notes (their texts are kept), their
   * VML shapes, drawings, document properties, package relationships — for a package exceljs
   * will not load as it is: openpyxl's notes, or parts holding something other than they should.
   */
  sheetsOnly: boolean;
}

export interface RepairedPackage {
  data: Buffer;
  /** Texts of the notes left out, by sheet name, to put back once the workbook is open. */
  notes: Map<string, CellNote[]>;
  /** Whether drawings (pictures, charts, shapes) were left out. */
  drawings: boolean;
}

const BLANK_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?Relationship>)/g;
// What the sheets are made of: kept always. exceljs does not read [Content_Types].xml.
const SHEET_PART = /^(\[Content_Types\]\.xml|xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|theme\/[^/]+|tables\/[^/]+|worksheets\/[^/]+|worksheets\/_rels\/[^/]+))$/;
const PICTURE_PART = /^xl\/(drawings\/[^/]+\.xml|charts\/|media\/)/;
const COMMENTS = /\/comments$/;
// A self-closing element pointing at a relationship: <legacyDrawing r:id="…"/>, <drawing r:id="…"/>.
const REFERENCING = /<(?:[\w.-]+:)?[\w.-]+\b[^<>]*?\br:id="([^"]*)"[^<>]*?\/>/g;

interface Relationship {
  xml: string;
  id: string;
  type: string;
  /** The entry it points at; undefined for external targets (web links). */
  target: string | undefined;
}

/** `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/sheet1.xml`; undefined for other entries. */
function sourceOf(rels: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(rels);
  return match ? `${match[1] ?? ''}${match[2] ?? ''}` : undefined;
}

const relsOf = (entry: string): string => entry.replace(/([^/]+)$/, '_rels/$1.rels');

/** A relationship target resolved against its source part, as OPC does: `/xl/a.xml` is absolute, `../a.xml` relative. */
function resolve(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${source.slice(0, source.lastIndexOf('/') + 1)}${target}`;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function relationships(source: string, xml: string): Relationship[] {
  return [...xml.matchAll(RELATIONSHIP)].map(([whole]) => {
    const target = attribute(whole, 'Target') ?? '';
    const external = attribute(whole, 'TargetMode') === 'External';
    return { xml: whole, id: attribute(whole, 'Id') ?? '', type: attribute(whole, 'Type') ?? '', target: external ? undefined : resolve(source, target) };
  });
}

/**
 * Rebuilds a package without the parts of `plan`: broken worksheets become empty sheets (so
 * sheet order and names stay), other broken parts go, and with `sheetsOnly` so does everything
 * the sheets can do without. Relationships pointing at a part that went (or was never there) go too, and so do
 * the sheet elements that refer to them, since exceljs fails on a dangling one. Undefined when
 * the archive cannot be read.
 */
export async function repairPackage(data: Buffer, plan: RepairPlan): Promise<RepairedPackage | undefined> {
  const zip = await readZip(data, () => true);
  if (!zip.ok) return undefined;
  const files = zip.files;
  const text = (name: string) => files.get(name)?.toString('utf8') ?? '';
  const blank = new Set(plan.damaged.filter((part) => partKind(part.entry) === 'worksheet').map((part) => part.entry));
  const broken = new Set(plan.damaged.map((part) => part.entry));
  const drop = new Set([...broken].filter((entry) => !blank.has(entry)));
  for (const entry of blank) drop.add(relsOf(entry));
  const names = sheetNames(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const notes = new Map<string, CellNote[]>();
  let drawings = false;
  const parsed = new Map<string, { source: string; list: Relationship[] }>();
  for (const name of files.keys()) {
    const source = sourceOf(name);
    if (source !== undefined && !drop.has(name)) parsed.set(name, { source, list: relationships(source, text(name)) });
  }
  if (plan.sheetsOnly) {
    for (const { source, list } of parsed.values()) {
      const sheet = names.get(source);
      if (partKind(source) !== 'worksheet' || blank.has(source) || sheet === undefined) continue;
      for (const { type, target } of list) {
        if (COMMENTS.test(type) && target !== undefined && !broken.has(target)) notes.set(sheet, [...(notes.get(sheet) ?? []), ...readNotes(text(target))]);
      }
    }
    for (const name of files.keys()) {
      if (SHEET_PART.test(name)) continue;
      drop.add(name);
      if (PICTURE_PART.test(name)) drawings = true;
    }
  }
  const out: ZipFile[] = [];
  const removedIds = new Map<string, Set<string>>();
  for (const [name, bytes] of files) {
    if (drop.has(name)) continue;
    const rels = parsed.get(name);
    if (blank.has(name)) out.push({ name, data: BLANK_SHEET, method: 'store' });
    else if (!rels) out.push({ name, data: bytes, method: 'store' });
    else {
      const gone = rels.list.filter((r) => r.target !== undefined && (drop.has(r.target) || !files.has(r.target)));
      removedIds.set(rels.source, new Set(gone.map((r) => r.id)));
      out.push({ name, data: gone.reduce((xml, r) => xml.replace(r.xml, ''), text(name)), method: 'store' });
    }
  }
  for (const file of out) {
    if (partKind(file.name) !== 'worksheet' || blank.has(file.name)) continue;
    const removed = removedIds.get(file.name);
    // A sheet whose relationships part went keeps no reference at all.
    const gone = (id: string) => (removed ? removed.has(id) : true);
    file.data = file.data.toString().replace(REFERENCING, (element, id: string) => (gone(id) ? '' : element));
  }
  return { data: writeZip(out), notes, drawings };
}
