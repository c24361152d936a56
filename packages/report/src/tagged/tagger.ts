/**
 * Marks what pdfmake's renderer draws, item by item: content of the planned structure as marked
 * content with an MCID (consecutive items of one element on one page share a sequence), the
 * running header and footer as pagination artifacts, rules, borders and backgrounds as layout
 * artifacts, and a header row repeated on a later page as a pagination artifact. It also adds a
 * bookmark per heading, registers link annotations with their element, and wraps words in the
 * other language of the report (English names in a Chinese report, Chinese ones in an English
 * report) in a `Span` with their `Lang`.
 */
import type { StructNode, StructurePlan } from './structure-plan.js';

/** The owner the layout hooks give everything drawn for the running header and footer. */
export const PAGINATION = Object.freeze({ pagination: true });

/** The pdfkit document methods and state the tagger uses. */
export interface TaggedPdf {
  page: { dictionary: object; structParentTreeKey: number; annotations: object[]; width: number };
  outline: Bookmark;
  markStructureContent(tag: string): { refs: { pageRef: object; mcid: number }[] };
  markContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): unknown;
  getStructParentTree(): { get(key: number): unknown[]; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
  text(text: string, ...rest: unknown[]): unknown;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): unknown;
  addPage(...rest: unknown[]): unknown;
}

interface Bookmark {
  addItem(title: string, options?: Record<string, unknown>): Bookmark;
}

export type ItemKind = 'line' | 'vector' | 'svg' | 'image';

type Target = StructNode | 'Pagination' | 'Layout';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
const LATIN_WORD = /[A-Za-z]{2,}/u;

/** The language a word of the report is in, when it is not the document's own. */
export function otherLanguage(word: string, documentLang: string): string | undefined {
  if (documentLang.startsWith('zh')) return !CJK.test(word) && LATIN_WORD.test(word) ? 'en' : undefined;
  return CJK.test(word) ? 'zh-CN' : undefined;
}

export class Tagger {
  private open: { target: Target; page: number } | null = null;
  /** The language of the Span open within the open element's content, if any. */
  private spanLang: string | undefined;
  private pageIndex = 0;
  private readonly bookmarks: (Bookmark | undefined)[] = [];
  /** Content drawn outside the planned structure: kept, but the document is not claimed as PDF/UA. */
  readonly strays: StructNode;

  constructor(
    private readonly doc: TaggedPdf,
    private readonly plan: StructurePlan,
    lang: string,
  ) {
    this.strays = { type: 'P', children: [], marks: [], annotations: [] };
    const { text, annotate, addPage } = doc;
    doc.addPage = (...rest) => {
      this.close();
      this.pageIndex += 1;
      return addPage.apply(doc, rest);
    };
    // Words in the other language become a Span element of their own, with its Lang, between
    // sequences of their element (a Lang on nested marked content is lost on readers like
    // poppler's). Consecutive words of that language share one Span.
    doc.text = (value, ...rest) => {
      const target = this.open?.target;
      if (typeof target !== 'object') return text.call(doc, value, ...rest);
      const other = otherLanguage(value, lang);
      if (other !== this.spanLang) {
        doc.endMarkedContent();
        this.mark(target, other ? 'Span' : target.type, other);
        this.spanLang = other;
      }
      return text.call(doc, value, ...rest);
    };
    doc.annotate = (x, y, w, h, options) => {
      const target = this.open?.target;
      if (typeof target !== 'object' || options.Subtype !== 'Link') return annotate.call(doc, x, y, w, h, options);
      const key = doc.createStructParentTreeNextKey();
      options.StructParent = key;
      // Links come from the table of contents, whose plan gives each its text; any other lacks a description.
      if (!target.text?.trim()) this.problem('a link without a description');
      options.Contents = new String(target.text ?? '');
      const result = annotate.call(doc, x, y, w, h, options);
      target.annotations.push({ ref: doc.page.annotations[doc.page.annotations.length - 1] as object, page: doc.page.dictionary, key });
      return result;
    };
  }

  /** Opens (or continues) the marked content for one item the renderer is about to draw. */
  begin(kind: ItemKind, item: { _structOwner?: object; inlines?: object[]; y?: number }): void {
    const target = this.targetOf(kind, item);
    if (this.open && this.open.target === target && this.open.page === this.pageIndex) return;
    this.close();
    if (typeof target === 'string') {
      this.doc.markContent('Artifact', { type: target });
    } else {
      this.mark(target, target.type);
      if (/^H\d$/u.test(target.type) && target.marks.length === 1) this.bookmark(target, item.y ?? 0);
    }
    this.open = { target, page: this.pageIndex };
  }

  /** Opens a marked-content sequence of `target` (a Span of it in language `lang`, when given). */
  private mark(target: StructNode, tag: string, lang?: string): void {
    const ref = this.doc.markStructureContent(tag).refs[0];
    if (!ref) throw new Error('pdfkit gave no marked-content reference');
    const row = this.doc.getStructParentTree().get(this.doc.page.structParentTreeKey);
    target.marks.push({ page: ref.pageRef, row, mcid: ref.mcid, ...(lang ? { lang } : {}) });
  }

  /** Ends the open marked content, if any. */
  close(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open = null;
    this.spanLang = undefined;
  }

  private targetOf(kind: ItemKind, item: { _structOwner?: object; inlines?: object[] }): Target {
    const owner = item._structOwner;
    if (owner === PAGINATION) return 'Pagination';
    const marker = kind === 'line' && item.inlines?.[0] ? this.plan.markers.get(item.inlines[0]) : undefined;
    if (marker) return marker;
    if (owner && this.plan.blank.has(owner)) return 'Layout';
    const element = owner ? this.plan.owners.get(owner) : undefined;
    if (kind === 'vector') return element?.type === 'Figure' ? element : 'Layout';
    if (!element) return kind === 'line' || kind === 'svg' || kind === 'image' ? this.stray() : 'Layout';
    if (this.plan.headerCells.has(element)) {
      element.firstPage ??= this.pageIndex;
      if (element.firstPage !== this.pageIndex) return 'Pagination';
    }
    return element;
  }

  private stray(): StructNode {
    this.problem('content outside the structure tree');
    return this.strays;
  }

  private problem(text: string): void {
    if (!this.plan.problems.includes(text)) this.plan.problems.push(text);
  }

  /** A bookmark for a heading, under the nearest heading of a higher level before it. */
  private bookmark(heading: StructNode, top: number): void {
    const level = Number(heading.type.slice(1));
    let parent: Bookmark = this.doc.outline;
    for (let l = level - 1; l >= 1; l -= 1) {
      const above = this.bookmarks[l];
      if (above) {
        parent = above;
        break;
      }
    }
    // pdfkit puts an XYZ destination at (width − left, height − top): this is the heading's top left.
    this.bookmarks[level] = parent.addItem(heading.text ?? '', { left: this.doc.page.width, top });
    this.bookmarks.length = level + 1;
  }
}
