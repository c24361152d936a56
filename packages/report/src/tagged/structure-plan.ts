/**
 * The structure tree of a report, derived from pdfmake's laid-out document definition (after
 * its preprocessing and measuring, so every node is an object): headings from the heading
 * styles (heading.ts), paragraphs from text, lists from `ul`/`ol`, data tables from tables with
 * `headerRows`, the table of contents from `toc`, figures from `svg`/`image` nodes (and `canvas`
 * nodes given an `alt`). A table without header rows only lays content out, so its cells'
 * content joins the surrounding structure. Plain canvases are decoration and become artifacts.
 * The walk follows the definition's order, which is the reading order.
 */

export type StructType = 'Document' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD' | 'TOC' | 'TOCI' | 'Link' | 'Figure';

/** Where one marked-content sequence sits: its page's parent-tree row and its MCID. */
export interface MarkedRef {
  page: object;
  row: unknown[];
  mcid: number;
  /** Set for a word in another language: the sequence is a Span element of its own with this Lang. */
  lang?: string;
}

export interface StructNode {
  type: StructType;
  children: StructNode[];
  alt?: string;
  scope?: 'Column';
  colSpan?: number;
  rowSpan?: number;
  /** Plain text of a heading or link: bookmark titles and link descriptions. */
  text?: string;
  /** Filled while rendering. */
  marks: MarkedRef[];
  annotations: { ref: object; page: object; key: number }[];
  /** Pages a header cell was drawn on first (repeats on later pages are artifacts). */
  firstPage?: number;
}

export interface StructurePlan {
  root: StructNode;
  /** Laid-out node (text, svg, image, canvas) → the element its content belongs to. */
  owners: Map<object, StructNode>;
  /** A list item's marker inline → its Lbl element. */
  markers: Map<object, StructNode>;
  /** Header cells, whose repeats on later pages are pagination artifacts. */
  headerCells: Set<StructNode>;
  /** Text nodes with nothing to read (spacers, page breaks): drawn as artifacts. */
  blank: Set<object>;
  /** What keeps the document from PDF/UA, e.g. a figure without alternative text. */
  problems: string[];
}

/** The parts of a laid-out pdfmake node the walk reads. */
export interface LaidNode {
  text?: unknown;
  style?: unknown;
  stack?: LaidNode[];
  columns?: LaidNode[];
  ul?: LaidNode[];
  ol?: LaidNode[];
  table?: { body: LaidNode[][]; headerRows?: number };
  toc?: { title?: LaidNode; _table?: LaidNode };
  svg?: unknown;
  image?: unknown;
  canvas?: unknown;
  alt?: string;
  listMarker?: { _inlines?: object[] };
  colSpan?: number;
  rowSpan?: number;
  _span?: boolean;
}

const HEADING: Record<string, StructType> = { h1: 'H1', h2: 'H2', h3: 'H3' };

function headingType(style: unknown): StructType | undefined {
  const styles = Array.isArray(style) ? style : [style];
  for (const s of styles) if (typeof s === 'string' && HEADING[s]) return HEADING[s];
  return undefined;
}

/** The plain text of a pdfmake text value (a string, an inline or an array of them). */
export function plainText(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text && typeof text === 'object' && 'text' in text) return plainText((text as { text: unknown }).text);
  return '';
}

const element = (type: StructType): StructNode => ({ type, children: [], marks: [], annotations: [] });

/** Plans the structure of `content`, the laid-out document definition's content. */
export function planStructure(content: LaidNode): StructurePlan {
  const plan: StructurePlan = { root: element('Document'), owners: new Map(), markers: new Map(), headerCells: new Set(), blank: new Set(), problems: [] };
  const add = (parent: StructNode, type: StructType): StructNode => {
    const child = element(type);
    parent.children.push(child);
    return child;
  };

  let lastLevel = 0;
  /** `into`: the element a text node's content joins directly (a cell, list body or link). */
  const visit = (node: LaidNode, parent: StructNode, into?: StructNode): void => {
    if (node.toc) {
      if (node.toc.title) visit(node.toc.title, parent);
      const toc = add(parent, 'TOC');
      for (const row of node.toc._table?.table?.body ?? []) {
        const link = add(add(toc, 'TOCI'), 'Link');
        link.text = row.map((cell) => plainText(cell.text)).join(' ');
        for (const cell of row) visit(cell, link, link);
      }
    } else if (node.table) {
      const headerRows = node.table.headerRows ?? 0;
      if (headerRows < 1) {
        for (const row of node.table.body) for (const cell of row) if (!cell._span) visit(cell, parent, into);
        return;
      }
      const table = add(parent, 'Table');
      node.table.body.forEach((row, r) => {
        const tr = add(table, 'TR');
        for (const cell of row) {
          if (cell._span) continue;
          const c = add(tr, r < headerRows ? 'TH' : 'TD');
          if (r < headerRows) {
            c.scope = 'Column';
            plan.headerCells.add(c);
          }
          if ((cell.colSpan ?? 1) > 1) c.colSpan = cell.colSpan;
          if ((cell.rowSpan ?? 1) > 1) c.rowSpan = cell.rowSpan;
          visit(cell, c, c);
        }
      });
    } else if (node.ul || node.ol) {
      const list = add(parent, 'L');
      for (const item of node.ul ?? node.ol ?? []) {
        const li = add(list, 'LI');
        const marker = item.listMarker?._inlines?.[0];
        if (marker) plan.markers.set(marker, add(li, 'Lbl'));
        const body = add(li, 'LBody');
        visit(item, body, body);
      }
    } else if (node.stack || node.columns) {
      for (const child of node.stack ?? node.columns ?? []) visit(child, parent);
    } else if (node.svg !== undefined || node.image !== undefined || (node.canvas !== undefined && node.alt !== undefined)) {
      const figure = add(parent, 'Figure');
      if (node.alt?.trim()) figure.alt = node.alt;
      else plan.problems.push('a figure without alternative text');
      plan.owners.set(node, figure);
    } else if (node.text !== undefined) {
      const text = plainText(node.text);
      if (text.trim() === '') {
        plan.blank.add(node);
        return;
      }
      const styled = headingType(node.style);
      // A minor heading right under a section heading is its subsection: one level down, never two.
      const heading = styled ? (`H${Math.min(Number(styled.slice(1)), lastLevel + 1)}` as StructType) : undefined;
      if (heading) lastLevel = Number(heading.slice(1));
      const owner = heading ? add(parent, heading) : (into ?? add(parent, 'P'));
      if (heading) owner.text = text;
      plan.owners.set(node, owner);
    }
  };

  visit(content, plan.root);
  return plan;
}
