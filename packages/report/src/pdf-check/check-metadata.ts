/**
 * Document-level PDF/UA and PDF/A-2 conditions: language (Matterhorn 11-006), title in XMP and
 * shown by viewers (06-003, 07-001), the PDF/UA identifier (06-002), every font embedded with a
 * ToUnicode map that gives every glyph in use a Unicode value (31-001, 31-027; PDF/A-2u 6.2.11.7),
 * and for a PDF/A claim: no encryption, XMP not filtered, an sRGB output intent with its profile,
 * and the info dictionary agreeing with the XMP (ISO 19005-2 6.6.2.3.1).
 */
import { pdfString, type PdfDict, type PdfFile } from './qpdf-json.js';

export interface Claims {
  /** `2u`, `2b`, … from `pdfaid`, or null. */
  pdfa: string | null;
  pdfua: boolean;
  encrypted: boolean;
}

const tag = (xmp: string, name: string): string | null => new RegExp(`<${name}>([^<]*)</${name}>`, 'u').exec(xmp)?.[1] ?? null;
const altText = (xmp: string, name: string): string | null => new RegExp(`<${name}>\\s*<rdf:(?:Alt|Seq)>\\s*<rdf:li[^>]*>([^<]*)</rdf:li>`, 'u').exec(xmp)?.[1] ?? null;
const unescapeXml = (s: string | null): string | null => s && s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');

/** "D:20241231000000Z" → "2024-12-31T00:00:00Z", the XMP form. */
const infoDate = (value: string): string => value.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d).*$/u, '$1-$2-$3T$4:$5:$6Z');

/** Checks the document-level conditions; pushes failures to `problems`, returns what the file claims. */
export function checkMetadata(pdf: PdfFile, problems: string[]): Claims {
  const catalog = pdf.catalog;
  const encrypted = pdf.trailer['/Encrypt'] !== undefined;
  if (pdfString(catalog['/Lang']).trim() === '') problems.push('11-006: the document has no /Lang');
  if (pdf.dict(catalog['/ViewerPreferences'])['/DisplayDocTitle'] !== true) problems.push('07-001: DisplayDocTitle is not true');
  const metadataRef = catalog['/Metadata'];
  const metadata = pdf.dict(metadataRef);
  const xmp = pdf.streamData(metadataRef).toString('utf8');
  if (xmp === '') problems.push('06-001: no XMP metadata');
  const title = unescapeXml(altText(xmp, 'dc:title'));
  if (!title?.trim()) problems.push('06-003: no dc:title in the XMP');
  const pdfuaPart = tag(xmp, 'pdfuaid:part');
  const part = tag(xmp, 'pdfaid:part');
  const conformance = tag(xmp, 'pdfaid:conformance');
  const claims: Claims = { pdfa: part ? `${part}${(conformance ?? '').toLowerCase()}` : null, pdfua: pdfuaPart === '1', encrypted };
  if (pdfuaPart !== null && pdfuaPart !== '1') problems.push(`06-002: pdfuaid:part is ${pdfuaPart}`);
  checkFonts(pdf, problems);
  if (claims.pdfa) checkArchival(pdf, { xmp, metadata, title, encrypted }, problems);
  return claims;
}

function checkFonts(pdf: PdfFile, problems: string[]): void {
  for (const { ref, dict } of pdf.all()) {
    if (dict['/Type'] !== '/Font' || dict['/Subtype'] === '/CIDFontType2' || dict['/Subtype'] === '/CIDFontType0') continue;
    const name = `font ${pdfString(String(dict['/BaseFont'] ?? ref))}`;
    const descendant = dict['/Subtype'] === '/Type0' ? pdf.dict(pdf.array(dict['/DescendantFonts'])[0]) : dict;
    const descriptor = pdf.dict(descendant['/FontDescriptor']);
    if (!descriptor['/FontFile'] && !descriptor['/FontFile2'] && !descriptor['/FontFile3']) problems.push(`31-001: ${name} is not embedded`);
    if (!dict['/ToUnicode']) {
      problems.push(`31-027: ${name} has no ToUnicode map`);
      continue;
    }
    const cmap = pdf.streamData(dict['/ToUnicode']).toString('latin1');
    const empty = (cmap.match(/<>/gu) ?? []).length;
    if (empty > 0) problems.push(`31-027: ${name} maps ${empty} glyphs to no Unicode value`);
  }
}

function checkArchival(pdf: PdfFile, x: { xmp: string; metadata: PdfDict; title: string | null; encrypted: boolean }, problems: string[]): void {
  if (x.encrypted) problems.push('PDF/A 6.1.3: claims PDF/A but is encrypted');
  if (x.metadata['/Filter'] !== undefined) problems.push('PDF/A 6.6.2.1: the XMP stream is filtered');
  const intents = pdf.array(pdf.catalog['/OutputIntents']).map((i) => pdf.dict(i));
  const intent = intents.find((i) => i['/S'] === '/GTS_PDFA1');
  if (!intent) problems.push('PDF/A 6.2.3: no GTS_PDFA1 output intent');
  else if (pdf.dict(intent['/DestOutputProfile'])['/N'] !== 3) problems.push('PDF/A 6.2.3: the output intent has no RGB ICC profile');
  const info = pdf.dict(pdf.trailer['/Info']);
  const pairs: [string, string | null][] = [
    ['/Title', x.title],
    ['/Author', unescapeXml(/<dc:creator>\s*<rdf:Seq>\s*<rdf:li>([^<]*)<\/rdf:li>/u.exec(x.xmp)?.[1] ?? null)],
    ['/Subject', unescapeXml(altText(x.xmp, 'dc:description'))],
    ['/Keywords', unescapeXml(tag(x.xmp, 'pdf:Keywords'))],
    ['/Creator', unescapeXml(tag(x.xmp, 'xmp:CreatorTool'))],
    ['/Producer', unescapeXml(tag(x.xmp, 'pdf:Producer'))],
    ['/CreationDate', tag(x.xmp, 'xmp:CreateDate')],
    ['/ModDate', tag(x.xmp, 'xmp:ModifyDate')],
  ];
  for (const [key, xmpValue] of pairs) {
    const value = pdf.resolve(info[key]);
    if (value === undefined) continue;
    const text = key.endsWith('Date') ? infoDate(pdfString(value)) : pdfString(value);
    if (text !== xmpValue) problems.push(`PDF/A 6.6.2.3.1: info ${key} "${text}" differs from its XMP value "${xmpValue ?? ''}"`);
  }
  if (!pdf.trailer['/ID']) problems.push('PDF/A 6.1.3: the trailer has no /ID');
}
