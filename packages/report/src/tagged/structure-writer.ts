/**
 * Writes the planned structure, with the marked content and link annotations the tagger
 * collected, as the PDF's structure tree: one element per planned node that has content (empty
 * ones, e.g. an empty paragraph, are left out), its kids in reading order, the parent tree from
 * every MCID and annotation back to its element. pdfkit's own structure classes are not used:
 * they resolve an annotation's page when the element is flushed, which is the last page when the
 * tree is written at the end.
 */
import type { StructNode, StructurePlan } from './structure-plan.js';

interface PdfRef {
  data: Record<string, unknown>;
  end(): void;
}

export interface StructurePdf {
  ref(data: Record<string, unknown>): PdfRef;
  getStructTreeRoot(): PdfRef;
  getStructParentTree(): { add(key: number, value: unknown): void };
}

const hasContent = (node: StructNode): boolean => node.marks.length > 0 || node.annotations.length > 0 || node.children.some(hasContent);

/** Heading order problems: the first heading must be H1 and no level may be skipped going down. */
export function headingProblems(root: StructNode): string[] {
  const levels: number[] = [];
  const walk = (node: StructNode): void => {
    if (!hasContent(node)) return;
    if (/^H\d$/u.test(node.type)) levels.push(Number(node.type.slice(1)));
    node.children.forEach(walk);
  };
  walk(root);
  const problems: string[] = [];
  if (levels.length > 0 && levels[0] !== 1) problems.push(`the first heading is H${levels[0]}`);
  for (let i = 1; i < levels.length; i += 1) {
    const [before, level] = [levels[i - 1] ?? 1, levels[i] ?? 1];
    if (level > before + 1) problems.push(`H${level} follows H${before}`);
  }
  return problems;
}

/** Writes the structure tree of `plan` (plus `strays`, content drawn outside it) into `doc`. */
export function writeStructure(doc: StructurePdf, plan: StructurePlan, strays: StructNode): void {
  const root = doc.getStructTreeRoot();
  const parentTree = doc.getStructParentTree();
  if (strays.marks.length > 0) plan.root.children.push(strays);

  const write = (node: StructNode, parent: PdfRef): PdfRef => {
    const ref = doc.ref({ S: node.type, P: parent });
    if (node.alt) ref.data.Alt = new String(node.alt);
    if (node.scope || node.colSpan || node.rowSpan) {
      ref.data.A = { O: 'Table', ...(node.scope ? { Scope: node.scope } : {}), ...(node.colSpan ? { ColSpan: node.colSpan } : {}), ...(node.rowSpan ? { RowSpan: node.rowSpan } : {}) };
    }
    const kids: unknown[] = [];
    const page = node.marks.find((m) => !m.lang)?.page;
    if (page) ref.data.Pg = page;
    for (const mark of node.marks) {
      if (mark.lang) {
        const span = doc.ref({ S: 'Span', P: ref, Lang: new String(mark.lang), Pg: mark.page, K: [mark.mcid] });
        span.end();
        mark.row[mark.mcid] = span;
        kids.push(span);
      } else {
        mark.row[mark.mcid] = ref;
        kids.push(mark.page === page ? mark.mcid : { Type: 'MCR', Pg: mark.page, MCID: mark.mcid });
      }
    }
    for (const annotation of node.annotations) {
      parentTree.add(annotation.key, ref);
      kids.push({ Type: 'OBJR', Obj: annotation.ref, Pg: annotation.page });
    }
    for (const child of node.children) if (hasContent(child)) kids.push(write(child, ref));
    ref.data.K = kids;
    ref.end();
    return ref;
  };

  root.data.K = [write(plan.root, root)];
}
