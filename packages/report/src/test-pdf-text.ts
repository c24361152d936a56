/** Test helper: the text and page count of a PDF, via pdf-parse. */
import { PDFParse } from 'pdf-parse';

export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const text = await parser.getText();
    const info = await parser.getInfo();
    return { text: text.text, pages: text.total, info: info.info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}
