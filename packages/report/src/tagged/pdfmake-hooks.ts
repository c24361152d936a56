/**
 * Carries structure from pdfmake's document definition to the page, by wrapping five methods of
 * pdfmake's layout and renderer classes (no patch: the classes are pdfmake's own modules).
 *
 *   layout:  LayoutBuilder.processNode  remembers the node being laid out; ElementWriter.addLine /
 *            addVector and LayoutBuilder.processSVG / processImage stamp each page item with it
 *            (`_structOwner`, which pdfmake's copies of items keep); the running header, footer,
 *            background and watermark stamp `PAGINATION`. DocMeasure.measureDocument hands the
 *            measured definition to the document (the last layout pass is the one printed).
 *   render:  Renderer.renderPages plans the structure from that definition (structure-plan.ts),
 *            lets a Tagger mark every item drawn (renderLine, renderVector, renderSVG,
 *            renderImage), and writes the tree (structure-writer.ts) before the file is ended.
 *
 * Documents printed without `tagged: true` pass through untouched.
 */
import { wrapPdfmake, type PdfmakeMethod } from '../pdfmake-class.js';
import { installArchival, type ArchivalPdf } from './archival.js';
import { planStructure, type LaidNode } from './structure-plan.js';
import { headingProblems, writeStructure, type StructurePdf } from './structure-writer.js';
import { PAGINATION, Tagger, type ItemKind, type TaggedPdf } from './tagger.js';

type Method = PdfmakeMethod<Record<string, unknown>>;


/** What the renderer's document carries besides pdfkit's API. */
type RenderedPdf = TaggedPdf &
  StructurePdf &
  ArchivalPdf & { options: { tagged?: boolean; lang?: string; subset?: string }; _measured?: LaidNode; _tagger?: Tagger };

let owner: object | null = null;
let installed = false;

function wrap(className: string, name: string, around: (original: Method) => Method): void {
  wrapPdfmake(className, name, 'the structure hooks', around);
}

/** Stamps `item` with the node being laid out, unless it has an owner already. */
function stamp(item: unknown): void {
  if (item && typeof item === 'object' && !('_structOwner' in item) && owner) (item as { _structOwner: object })._structOwner = owner;
}

function installLayoutHooks(): void {
  wrap('LayoutBuilder', 'processNode', (original) =>
    function (this: Record<string, unknown>, ...args: unknown[]) {
      const outer = owner;
      if (owner !== PAGINATION) owner = args[0] as object;
      try {
        return original.apply(this, args);
      } finally {
        owner = outer;
      }
    },
  );
  for (const name of ['addDynamicRepeatable', 'addBackground', 'addWatermark']) {
    wrap('LayoutBuilder', name, (original) =>
      function (this: Record<string, unknown>, ...args: unknown[]) {
        const outer = owner;
        owner = PAGINATION;
        try {
          return original.apply(this, args);
        } finally {
          owner = outer;
        }
      },
    );
  }
  for (const name of ['processSVG', 'processImage']) {
    wrap('LayoutBuilder', name, (original) =>
      function (this: Record<string, unknown>, ...args: unknown[]) {
        const node = args[0] as Record<string, unknown>;
        node._structOwner = owner === PAGINATION ? PAGINATION : node;
        return original.apply(this, args);
      },
    );
  }
  for (const name of ['addLine', 'addVector']) {
    wrap('ElementWriter', name, (original) =>
      function (this: Record<string, unknown>, ...args: unknown[]) {
        stamp(args[0]);
        return original.apply(this, args);
      },
    );
  }
  wrap('DocMeasure', 'measureDocument', (original) =>
    function (this: Record<string, unknown>, ...args: unknown[]) {
      const measured = original.apply(this, args);
      (this.pdfDocument as RenderedPdf)._measured = measured as LaidNode;
      return measured;
    },
  );
}

function installRenderHooks(): void {
  wrap('Renderer', 'renderPages', (original) =>
    function (this: Record<string, unknown>, ...args: unknown[]) {
      const doc = this.pdfDocument as RenderedPdf;
      if (!doc.options.tagged || !doc._measured) return original.apply(this, args);
      const plan = planStructure(doc._measured);
      const tagger = new Tagger(doc, plan, doc.options.lang ?? '');
      doc._tagger = tagger;
      original.apply(this, args);
      tagger.close();
      writeStructure(doc, plan, tagger.strays);
      const problems = [...plan.problems, ...headingProblems(plan.root)];
      installArchival(doc, doc.options.lang ?? '', () => problems.length === 0 && Boolean(doc.options.lang) && Boolean(doc.info.Title));
      delete doc._tagger;
      delete doc._measured;
      return undefined;
    },
  );
  const items: [string, ItemKind][] = [
    ['renderLine', 'line'],
    ['renderVector', 'vector'],
    ['renderSVG', 'svg'],
    ['renderImage', 'image'],
  ];
  for (const [name, kind] of items) {
    wrap('Renderer', name, (original) =>
      function (this: Record<string, unknown>, ...args: unknown[]) {
        (this.pdfDocument as RenderedPdf)._tagger?.begin(kind, args[0] as object);
        return original.apply(this, args);
      },
    );
  }
}

/** Installs the hooks once per process. */
export function installStructureHooks(): void {
  if (installed) return;
  installLayoutHooks();
  installRenderHooks();
  installed = true;
}
