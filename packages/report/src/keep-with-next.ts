/**
 * Keeps every heading with the start of its content in the one layout pass pdfmake makes anyway.
 *
 * pdfmake's own way, `pageBreakBefore(node, queries)`, is asked after a whole layout and answers
 * one node at a time: each heading it moves costs a complete new layout of the document (three to
 * four per cluster report, over half of the render). Instead, when the layout reaches a heading
 * (a text in a heading style, or any node with a `headlineLevel`: the headings that also title
 * the report's tables and figures; or a node marked `keepWithNext`, such as a chart above its
 * data table), this lays out copies of the heading and of the start of what
 * follows on a scratch page, and moves to the next page first when they would not fit in the
 * room left. The start is the next headings, then two lines of text (a one-line lead-in with
 * the start of what it leads to), a table's header rows and first row (or its
 * `keepWithHeaderRows`), a list's first item, or a whole figure or unbreakable block. Copies, so the real nodes are laid out once, as before.
 *
 * The same pass keeps a note with what it qualifies: a node that cannot break (a figure, an
 * unbreakable block, a table kept whole) followed by a note (a text in the note style, or any node
 * marked `keepWithPrevious`) moves to the next page when it fits there but the note after it would
 * not fit here, so that no note stands alone at the top of a page; a heading or a chart whose start
 * is such a node takes its notes into that start as well. A note under a table that may break
 * belongs above the table (its end cannot be known before the table is laid out).
 *
 * Wraps two methods of pdfmake's LayoutBuilder (no patch: its modules are reachable by path),
 * installed once; it throws at install if they or the classes the scratch layout needs are gone.
 */
import { pdfmakeClass, wrapPdfmake, type PdfmakeMethod } from './pdfmake-class.js';

declare module 'pdfmake/interfaces.js' {
  interface ContentBase {
    /** Keep this node on the page of the start of the next one, as a heading is (e.g. a chart and its data table). */
    keepWithNext?: boolean;
    /** Keep this node on the page of the end of the one before it, as a note is (its figure or table must not break). */
    keepWithPrevious?: boolean;
  }
}

type Node = Record<string, unknown>;
type Method = PdfmakeMethod<Builder>;

interface Context {
  availableHeight: number;
  availableWidth: number;
  y: number;
  snapshots: unknown[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } } | null;
  addPage(size: { width: number; height: number }, margins: Record<'left' | 'right' | 'top' | 'bottom', number>): void;
}

interface Writer {
  transactionLevel: number;
  repeatables: unknown[];
  context(): Context;
  moveToNextPage(orientation?: unknown): void;
}

interface Builder {
  writer: Writer;
  nestedLevel: number;
  linearNodeList: unknown[];
  pageSize: unknown;
  pageMargins: unknown;
  svgMeasure: unknown;
  tableLayouts: unknown;
  docMeasure: unknown;
  docPreprocessor: unknown;
  processNode(node: Node): unknown;
}


/** Lines of a paragraph that must stay with the heading above it (no single line under a heading). */
const LINES = 2;
/** Room of the scratch page: more than any start of content needs. */
const SCRATCH_HEIGHT = 1e6;

/** What follows a node in reading order: the rest of its stack, then what follows the stack. */
interface Continuation {
  stack: Node[];
  index: number;
  outer: Continuation | undefined;
}

const following = new WeakMap<Node, Continuation>();

/** Styles of heading text (theme.ts): a text in one is a heading even without a `headlineLevel`. */
const HEADING_STYLES = new Set(['h1', 'h2', 'h3']);

/** Whether `node` stays with the start of what follows it: a heading, or a node marked `keepWithNext`. */
const isHeading = (node: Node): boolean =>
  node.keepWithNext === true || node.headlineLevel !== undefined || (typeof node.style === 'string' && HEADING_STYLES.has(node.style) && node.text !== undefined);

/** Whether `node` stays with the end of the node before it: a note, or a node marked `keepWithPrevious`. */
const isNote = (node: Node): boolean => node.keepWithPrevious === true || (node.style === 'note' && node.text !== undefined);

/** Whether `node` is laid out whole on one page: a figure, an unbreakable block, a table that keeps all its rows with its header. */
function isWhole(node: Node): boolean {
  if (node.unbreakable === true || node.svg !== undefined || node.image !== undefined || node.canvas !== undefined) return true;
  const table = node.table as { body?: unknown[]; headerRows?: number; keepWithHeaderRows?: number } | undefined;
  return table?.body !== undefined && (table.headerRows ?? 0) + (table.keepWithHeaderRows ?? 0) >= table.body.length;
}

/** The notes right after `node` in reading order. */
function notesAfter(node: Node): Node[] {
  const notes: Node[] = [];
  for (const next of after(following.get(node))) {
    if (!isNote(next)) break;
    notes.push(next);
  }
  return notes;
}

/** The nodes after `at`, in reading order, across the stacks it is nested in. */
function* after(at: Continuation | undefined): Generator<Node> {
  for (let c = at; c; c = c.outer) for (let i = c.index + 1; i < c.stack.length; i += 1) yield c.stack[i] as Node;
}

/** A copy laid out in place of `node`: own arrays and objects, a fresh copy of its measured inlines. */
function copyForLayout(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copyForLayout(item, seen));
    return out;
  }
  // Fonts and other class instances are shared, as pdfmake's own inline copies share them.
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Node = {};
  seen.set(value, out);
  for (const [key, v] of Object.entries(value)) out[key] = key === '_inlines' ? (v as object[]).map((i) => ({ ...i })) : copyForLayout(v, seen);
  return out;
}

/** The part of `node` that must stay with a heading above it, as a copy to lay out. */
function startOf(node: Node): Node {
  if (node.unbreakable) return copyForLayout(node) as Node;
  if (Array.isArray(node.stack) && node.stack.length > 0) return { ...shallow(node), stack: [startOf(node.stack[0] as Node), ...keptWithin(node.stack)] };
  const table = node.table as { body?: unknown[]; headerRows?: number; keepWithHeaderRows?: number } | undefined;
  if (table?.body) {
    const rows = (table.headerRows ?? 0) + Math.max(1, table.keepWithHeaderRows ?? 0);
    return copyForLayout({ ...node, table: { ...table, body: table.body.slice(0, rows) } }) as Node;
  }
  for (const list of ['ul', 'ol']) {
    const items = node[list];
    if (Array.isArray(items) && items.length > 1) return copyForLayout({ ...node, [list]: items.slice(0, 1) }) as Node;
  }
  return copyForLayout(node) as Node;
}

/** A copy of the node's own properties, without its stack. */
function shallow(node: Node): Node {
  const { stack: _stack, ...rest } = node;
  return copyForLayout(rest) as Node;
}

/** When a stack opens with headings, their content's start belongs to the start as well. */
function keptWithin(stack: unknown[]): Node[] {
  const out: Node[] = [];
  if (!isHeading(stack[0] as Node)) return out;
  for (let i = 1; i < stack.length; i += 1) {
    const next = stack[i] as Node;
    out.push(startOf(next));
    if (!isHeading(next)) break;
  }
  return out;
}

/** The last text laid out within `node` (the paragraph a start ends with), if the start ends with text. */
function lastText(node: Node): Node | undefined {
  if (Array.isArray(node.stack)) return node.stack.length > 0 ? lastText(node.stack[node.stack.length - 1] as Node) : undefined;
  return node.text !== undefined && !node.unbreakable ? node : undefined;
}

let probing = false;

/** A layout builder writing to one empty page as wide as the room the layout is at, and of unbounded height. */
function scratchLayout(builder: Builder, classes: Classes): { scratch: Builder; context: Context } {
  const scratch = new classes.LayoutBuilder(builder.pageSize, builder.pageMargins, builder.svgMeasure);
  Object.assign(scratch, { tableLayouts: builder.tableLayouts, docMeasure: builder.docMeasure, docPreprocessor: builder.docPreprocessor, linearNodeList: [] });
  const context = new classes.DocumentContext();
  context.addPage({ width: builder.writer.context().availableWidth, height: SCRATCH_HEIGHT }, { left: 0, right: 0, top: 0, bottom: 0 });
  scratch.writer = new classes.PageElementWriter(context);
  return { scratch, context };
}

/**
 * Height the heading `node` and the start of what follows take when laid out from the top of
 * an empty page as wide as the room the layout is at; undefined when nothing follows it.
 */
function startHeight(builder: Builder, node: Node, classes: Classes): number | undefined {
  const { scratch, context } = scratchLayout(builder, classes);
  probing = true;
  try {
    scratch.processNode(copyForLayout(node) as Node);
    let followed = false;
    for (const next of after(following.get(node))) {
      followed = true;
      const copy = isHeading(next) ? (copyForLayout(next) as Node) : startOf(next);
      scratch.processNode(copy);
      if (isHeading(next)) continue;
      if (isWhole(next)) {
        for (const note of notesAfter(next)) scratch.processNode(copyForLayout(note) as Node);
        return context.y;
      }
      const lines = (lastText(copy)?.positions as { top: number }[] | undefined) ?? [];
      // A long paragraph needs only its first lines here: the rest may flow on.
      if (lines.length > LINES) return (lines[LINES] as { top: number }).top;
      // A one-line lead-in is not enough under a heading: what it leads to starts here too.
      if (lines.length > 0 && lines.length < LINES) continue;
      return context.y;
    }
    return followed ? context.y : undefined;
  } finally {
    probing = false;
  }
}

/** Height a whole node and the notes after it take from the top of an empty page as wide as the room the layout is at. */
function withNotesHeight(builder: Builder, node: Node, notes: readonly Node[], classes: Classes): number {
  const { scratch, context } = scratchLayout(builder, classes);
  probing = true;
  try {
    for (const n of [node, ...notes]) scratch.processNode(copyForLayout(n) as Node);
    return context.y;
  } finally {
    probing = false;
  }
}

interface Classes {
  LayoutBuilder: new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => Builder;
  DocumentContext: new () => Context;
  PageElementWriter: new (context: Context) => Writer;
}

function wrap(name: string, around: (original: Method) => Method): void {
  wrapPdfmake('LayoutBuilder', name, 'keep-with-next', around);
}

let installed = false;

/** Installs the rule on pdfmake's LayoutBuilder (idempotent); every document printed after it obeys it. */
export function installKeepWithNext(): void {
  if (installed) return;
  const classes: Classes = {
    LayoutBuilder: pdfmakeClass('LayoutBuilder'),
    DocumentContext: pdfmakeClass('DocumentContext'),
    PageElementWriter: pdfmakeClass('PageElementWriter'),
  };
  for (const [name, klass] of Object.entries(classes)) if (typeof klass !== 'function') throw new Error(`pdfmake has no ${name}: keep-with-next needs updating`);
  wrap('processVerticalContainer', (original) =>
    function (this: Builder, node: unknown) {
      const stack = (node as { stack: Node[] }).stack;
      const outer = following.get(node as Node);
      stack.forEach((item, index) => {
        if (item && typeof item === 'object') following.set(item, { stack, index, outer });
      });
      return original.call(this, node);
    },
  );
  wrap('processNode', (original) =>
    function (this: Builder, ...args: unknown[]) {
      const node = args[0] as Node;
      if (!probing && node.pageBreak === undefined) {
        if (isHeading(node)) moveIfOrphaned(this, node, () => startHeight(this, node, classes));
        else if (isWhole(node)) {
          const notes = notesAfter(node);
          if (notes.length > 0) moveIfOrphaned(this, node, () => withNotesHeight(this, node, notes, classes));
        }
      }
      return original.apply(this, args);
    },
  );
  installed = true;
}

/** Moves to the next page before `node` when what must stay together from it on (`measure`) fits on a page but not in the room left. */
function moveIfOrphaned(builder: Builder, node: Node, measure: () => number | undefined): void {
  const writer = builder.writer;
  const context = writer.context();
  // Inside an unbreakable block, a table or columns the block keeps them together already.
  if (writer.transactionLevel > 0 || builder.nestedLevel > 0 || context.snapshots.length > 0) return;
  const page = context.getCurrentPage();
  if (!page) return;
  const room = page.pageSize.height - context.pageMargins.top - context.pageMargins.bottom;
  // Already at the top of a page: a new page would not give more room.
  if (context.availableHeight >= room - 1) return;
  const needed = measure();
  if (needed !== undefined && needed > context.availableHeight && needed <= room) writer.moveToNextPage(node.pageOrientation);
}
