/**
 * A PDF's objects as qpdf sees them (`qpdf --json`, JSON v2, streams decoded and inlined), with
 * the few accessors the checks need. qpdf is an independent reader: nothing here trusts what
 * pdfkit or our hooks meant to write.
 */
import { execFileSync } from 'node:child_process';

export type PdfValue = string | number | boolean | null | PdfValue[] | { [key: string]: PdfValue };
export type PdfDict = Record<string, PdfValue>;

interface QpdfObject {
  value?: PdfValue;
  stream?: { dict: PdfDict; data?: string };
}

export class PdfFile {
  private constructor(private readonly objects: Record<string, QpdfObject>) {}

  /** Reads `path` through qpdf (`password` for an encrypted file). */
  static read(path: string, password?: string): PdfFile {
    const args = ['--json', '--json-stream-data=inline', '--decode-level=generalized', ...(password ? [`--password=${password}`] : []), path];
    const json = JSON.parse(execFileSync('qpdf', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, QpdfObject>] };
    return new PdfFile(json.qpdf[1]);
  }

  get trailer(): PdfDict {
    return (this.objects.trailer?.value ?? {}) as PdfDict;
  }

  get catalog(): PdfDict {
    return this.dict(this.trailer['/Root']);
  }

  /** Follows a reference ("12 0 R") to its value; other values come back as they are. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (typeof value === 'string' && /^\d+ \d+ R$/u.test(value)) {
      const object = this.objects[`obj:${value}`];
      return object?.stream ? object.stream.dict : object?.value;
    }
    return value;
  }

  dict(value: PdfValue | undefined): PdfDict {
    const resolved = this.resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? resolved : {};
  }

  array(value: PdfValue | undefined): PdfValue[] {
    const resolved = this.resolve(value);
    return Array.isArray(resolved) ? resolved : resolved === undefined || resolved === null ? [] : [resolved];
  }

  /** A reference or an array of them, unresolved (e.g. a page's /Contents). */
  refs(value: PdfValue | undefined): PdfValue[] {
    return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  }

  /** The decoded bytes of the stream `ref` refers to. */
  streamData(ref: PdfValue | undefined): Buffer {
    const object = typeof ref === 'string' ? this.objects[`obj:${ref}`] : undefined;
    return Buffer.from(object?.stream?.data ?? '', 'base64');
  }

  /** The page objects in order, with their references. */
  pages(): { ref: string; dict: PdfDict }[] {
    const out: { ref: string; dict: PdfDict }[] = [];
    const walk = (ref: PdfValue): void => {
      const node = this.dict(ref);
      if (node['/Type'] === '/Page') out.push({ ref: String(ref), dict: node });
      else for (const kid of this.array(node['/Kids'])) walk(kid);
    };
    walk(this.catalog['/Pages'] ?? null);
    return out;
  }

  /** Every object's value or stream dictionary, with its reference. */
  all(): { ref: string; dict: PdfDict }[] {
    return Object.entries(this.objects)
      .filter(([key]) => key.startsWith('obj:'))
      .map(([key, object]) => ({ ref: key.slice(4), dict: (object.stream?.dict ?? object.value ?? {}) as PdfDict }));
  }
}

/** The text of a PDF string as qpdf writes it ("u:…" for text, "b:…" for bytes in hex). */
export function pdfString(value: PdfValue | undefined): string {
  if (typeof value !== 'string') return '';
  if (value.startsWith('u:')) return value.slice(2);
  if (value.startsWith('b:')) return Buffer.from(value.slice(2), 'hex').toString('latin1');
  return value;
}
