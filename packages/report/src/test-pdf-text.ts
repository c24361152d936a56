/** Test helper: the text of a PDF as pdf-parse reads it back. */
import { PDFParse } from 'pdf-parse';

export interface PdfText {
  text: string;
  /** Text of each page, in order. */
  pages: string[];
  info: Record<string, unknown>;
}

export async function pdfText(pdf: Buffer): Promise<PdfText> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text, pages: text.pages.map((p) => p.text), info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}
