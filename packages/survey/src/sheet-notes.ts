import { XmlProblem } from './stream/xml-problem.js';
import { attribute, XmlTokenizer } from './stream/xml-tokenizer.js';

/** One cell note (comment) as text. */
export interface CellNote {
  ref: string;
  text: string;
}

/**
 * The notes of a comments part (`xl/comments1.xml`, or openpyxl's `xl/comments/comment1.xml`)
 * as plain text: the runs of each `<comment>` joined, phonetic guides left out. Whatever
 * wrote them (Excel, openpyxl, LibreOffice), so notes can be carried into a workbook exceljs
 * opens without the part. A broken part gives none.
 */
export function readNotes(xml: string): CellNote[] {
  const notes: CellNote[] = [];
  let note: { ref: string; texts: string[] } | undefined;
  let inText = false;
  let phonetic = false;
  const tokenizer = new XmlTokenizer({
    wantsText: () => inText,
    text: (text) => void note?.texts.push(text),
    open(name, attributes) {
      if (name === 'comment') note = { ref: attribute(attributes, 'ref') ?? '', texts: [] };
      else if (name === 'rPh') phonetic = true;
      else if (name === 't' && note && !phonetic) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'comment' && note) {
        if (note.ref !== '') notes.push({ ref: note.ref, text: note.texts.join('') });
        note = undefined;
      }
    },
  });
  try {
    tokenizer.write(xml);
    tokenizer.end();
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    return [];
  }
  return notes;
}
