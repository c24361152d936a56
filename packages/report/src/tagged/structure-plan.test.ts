import { describe, expect, it } from 'vitest';
import { planStructure, type LaidNode, type StructNode } from './structure-plan.js';
import { headingProblems } from './structure-writer.js';

/** The planned tree as nested type names, for comparison. */
const shape = (node: StructNode): unknown => (node.children.length === 0 ? node.type : { [node.type]: node.children.map(shape) });
/** Gives every element one mark, as if each had been drawn. */
const drawn = (node: StructNode): StructNode => {
  node.marks.push({ page: {}, row: [], mcid: 0 });
  node.children.forEach(drawn);
  return node;
};

describe('planStructure', () => {
  it('derives headings, paragraphs, lists, data tables and figures from the definition, in its order', () => {
    const marker = {};
    const content: LaidNode = {
      stack: [
        { text: 'Section', style: 'h1' },
        { text: 'Minor', style: 'h3' },
        { text: [{ text: 'A ' }, { text: 'paragraph' }] },
        { text: '' },
        { ul: [{ text: 'one', listMarker: { _inlines: [marker] } }] },
        { table: { headerRows: 1, body: [[{ text: 'Head', colSpan: 2 }, { text: '', _span: true }], [{ text: 'a' }, { stack: [{ text: 'b' }] }]] } },
        { table: { body: [[{ text: 'layout cell' }]] } },
        { svg: '<svg/>', alt: 'A chart' },
        { canvas: [] },
      ],
    };
    const plan = planStructure(content);
    expect(shape(plan.root)).toEqual({
      Document: ['H1', 'H2', 'P', { L: [{ LI: ['Lbl', 'LBody'] }] }, { Table: [{ TR: ['TH'] }, { TR: ['TD', { TD: ['P'] }] }] }, 'P', 'Figure'],
    });
    const table = plan.root.children[4];
    expect(table?.children[0]?.children[0]).toMatchObject({ type: 'TH', scope: 'Column', colSpan: 2 });
    expect(plan.markers.get(marker)?.type).toBe('Lbl');
    expect(plan.root.children[6]?.alt).toBe('A chart');
    expect(plan.problems).toEqual([]);
  });

  it('records a figure without alternative text as a problem', () => {
    expect(planStructure({ stack: [{ image: 'x' }] }).problems).toEqual(['a figure without alternative text']);
  });

  it('treats the table of contents as TOC items holding links', () => {
    const plan = planStructure({ toc: { title: { text: 'Contents', style: 'h1' }, _table: { table: { body: [[{ text: '1 Summary' }, { text: '3' }]] } } } });
    expect(shape(plan.root)).toEqual({ Document: ['H1', { TOC: [{ TOCI: ['Link'] }] }] });
    expect(plan.root.children[1]?.children[0]?.children[0]?.text).toBe('1 Summary 3');
  });
});

describe('headingProblems', () => {
  it('accepts H1 H2 H2 H1 and rejects a first H2 or a skipped level', () => {
    const tree = (...types: StructNode['type'][]): StructNode => drawn({ type: 'Document', marks: [], annotations: [], children: types.map((type) => ({ type, children: [], marks: [], annotations: [] })) });
    expect(headingProblems(tree('H1', 'H2', 'H2', 'H1'))).toEqual([]);
    expect(headingProblems(tree('H2', 'H3'))).toEqual(['the first heading is H2']);
    expect(headingProblems(tree('H1', 'H3'))).toEqual(['H3 follows H1']);
  });
});
