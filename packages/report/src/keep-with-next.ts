/**
 * Keeps every heading with the start of its content in the one layout pass pdfmake makes anyway.
 *
 * pdfmake's own way, `pageBreakBefore(node, queries)`, is asked after a whole layout and answers
 * one node at a time: each heading it moves costs a complete new layout of the document (three to
 * four per cluster report, over half of the render). Instead, when the layout reaches a heading
 * (a text in a heading style, or any node with a `headlineLevel`: the headings that also title
 * the report's tables and figures), this lays out copies of the heading and of the start of what
 * follows on a scratch page, and moves to the next page first when they would not fit in the
 * room left. The start is the next headings, then two lines of text, a table's header rows and
 * first row (or its `keepWithHeaderRows`), a list's first item, or a whole figure or unbreakable
 * block. Copies, so the real nodes are laid out once, as before.
 *
 * Wraps two methods of pdfmake's LayoutBuilder (no patch: its modules are reachable by path),
 * installed once; it throws at install if they or the classes the scratch layout needs are gone.
 */
import { createRequire } from 'node:module';

type Node = Record<string, unknown>;
type Method = (this: Builder, ...args: unknown[]) => unknown;

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

const require = createRequire(import.meta.url);
const load = <T>(name: string): T => (require(`pdfmake/js/${name}.js`) as { default: T }).default;

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

const isHeading = (node: Node): boolean => node.headlineLevel !== undefined || (typeof node.style === 'string' && HEADING_STYLES.has(node.style) && node.text !== undefined);

/** The nodes after `at`, in reading order, across the stacks it is nested in. */
function* after(at: Continuation | undefined): Generator<Node> {
  for (let c = at; c; c = c.outer) for (let i = c.index + 1; i < c.stack.length; i += 1) yield c.stack[i] as Node;
}

/**
 * The headings after this one and the first content node: what the heading is kept with.
 * Empty when nothing follows (a heading at the end of the document).
 */
function keptWith(node: Node): Node[] {
  const out: Node[] = [];
  for (const next of after(following.get(node))) {
    out.push(next);
    if (!isHeading(next)) break;
  }
  return out;
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

/**
 * Height the heading `node` and the start of what follows take when laid out from the top of
 * an empty page as wide as the room the layout is at.
 */
function startHeight(builder: Builder, node: Node, rest: Node[], classes: Classes): number {
  const scratch = new classes.LayoutBuilder(builder.pageSize, builder.pageMargins, builder.svgMeasure);
  Object.assign(scratch, { tableLayouts: builder.tableLayouts, docMeasure: builder.docMeasure, docPreprocessor: builder.docPreprocessor, linearNodeList: [] });
  const context = new classes.DocumentContext();
  context.addPage({ width: builder.writer.context().availableWidth, height: SCRATCH_HEIGHT }, { left: 0, right: 0, top: 0, bottom: 0 });
  scratch.writer = new classes.PageElementWriter(context);
  const copies = [copyForLayout(node) as Node, ...rest.map((n, i) => (i === rest.length - 1 ? startOf(n) : (copyForLayout(n) as Node)))];
  probing = true;
  try {
    for (const copy of copies) scratch.processNode(copy);
  } finally {
    probing = false;
  }
  // A long paragraph needs only its first lines here: the rest may flow on.
  const text = lastText(copies[copies.length - 1] as Node);
  const lines = (text?.positions as { top: number }[] | undefined) ?? [];
  return lines.length > LINES ? (lines[LINES] as { top: number }).top : context.y;
}

interface Classes {
  LayoutBuilder: new (pageSize: unknown, margins: unknown, svgMeasure: unknown) => Builder;
  DocumentContext: new () => Context;
  PageElementWriter: new (context: Context) => Writer;
}

function wrap(prototype: Record<string, Method>, name: string, around: (original: Method) => Method): void {
  const original = prototype[name];
  if (typeof original !== 'function') throw new Error(`pdfmake has no LayoutBuilder.${name}: keep-with-next needs updating`);
  prototype[name] = around(original);
}

let installed = false;

/** Installs the rule on pdfmake's LayoutBuilder (idempotent); every document printed after it obeys it. */
export function installKeepWithNext(): void {
  if (installed) return;
  const classes: Classes = {
    LayoutBuilder: load('LayoutBuilder'),
    DocumentContext: load('DocumentContext'),
    PageElementWriter: load('PageElementWriter'),
  };
  for (const [name, klass] of Object.entries(classes)) if (typeof klass !== 'function') throw new Error(`pdfmake has no ${name}: keep-with-next needs updating`);
  const prototype = classes.LayoutBuilder.prototype as unknown as Record<string, Method>;
  wrap(prototype, 'processVerticalContainer', (original) =>
    function (this: Builder, node: unknown) {
      const stack = (node as { stack: Node[] }).stack;
      const outer = following.get(node as Node);
      stack.forEach((item, index) => {
        if (item && typeof item === 'object') following.set(item, { stack, index, outer });
      });
      return original.call(this, node);
    },
  );
  wrap(prototype, 'processNode', (original) =>
    function (this: Builder, ...args: unknown[]) {
      const node = args[0] as Node;
      if (!probing && isHeading(node) && node.pageBreak === undefined) moveIfOrphaned(this, node, classes);
      return original.apply(this, args);
    },
  );
  installed = true;
}

function moveIfOrphaned(builder: Builder, node: Node, classes: Classes): void {
  const writer = builder.writer;
  const context = writer.context();
  // Inside an unbreakable block, a table or columns the block keeps them together already.
  if (writer.transactionLevel > 0 || builder.nestedLevel > 0 || context.snapshots.length > 0) return;
  const rest = keptWith(node);
  if (rest.length === 0) return;
  const page = context.getCurrentPage();
  if (!page) return;
  const room = page.pageSize.height - context.pageMargins.top - context.pageMargins.bottom;
  // Already at the top of a page: a new page would not give more room.
  if (context.availableHeight >= room - 1) return;
  const needed = startHeight(builder, node, rest, classes);
  if (needed > context.availableHeight && needed <= room) writer.moveToNextPage(node.pageOrientation);
}
