/**
 * The XMP metadata of a tagged report and its conformance claims. pdfkit writes PDF/A's sRGB
 * output intent and `pdfaid` for `subset: 'PDF/A-2b'`; this module replaces its document-info
 * XMP (which leaves the values unescaped and has no modification date, so it would disagree
 * with the info dictionary), raises the claim to PDF/A-2u when every glyph of every font maps to
 * Unicode, and adds the PDF/UA identifier, with its PDF/A extension schema, only when `ua()`
 * finds the structure complete. An encrypted document gets no PDF/A claim (PDF/A forbids
 * encryption) but may still be PDF/UA.
 */

export interface ArchivalPdf {
  info: Record<string, unknown>;
  subset?: number;
  subset_conformance?: string;
  _fontFamilies: Record<string, { unicode?: number[][] }>;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
  _getPdfaid?(): string;
  endMetadata(): void;
}

const escapeXml = (value: unknown): string => String(value).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const xmpDate = (date: unknown): string => (date instanceof Date ? `${date.toISOString().split('.')[0]}Z` : '');

/** The XMP twin of every entry of the info dictionary (PDF/A requires them to agree). */
export function infoXmp(info: Record<string, unknown>, lang: string): string {
  const alt = (value: unknown) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const dc = [
    info.Title ? `<dc:title>${alt(info.Title)}</dc:title>` : '',
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${escapeXml(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(lang)}</rdf:li></rdf:Bag></dc:language>`,
  ].join('');
  const xmp = [
    info.CreationDate ? `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>` : '',
    info.ModDate ? `<xmp:ModifyDate>${xmpDate(info.ModDate)}</xmp:ModifyDate>` : '',
    info.Creator ? `<xmp:CreatorTool>${escapeXml(info.Creator)}</xmp:CreatorTool>` : '',
  ].join('');
  const pdf = [info.Producer ? `<pdf:Producer>${escapeXml(info.Producer)}</pdf:Producer>` : '', info.Keywords ? `<pdf:Keywords>${escapeXml(info.Keywords)}</pdf:Keywords>` : ''].join('');
  return [
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">${dc}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">${xmp}</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">${pdf}</rdf:Description>`,
  ].join('\n');
}

/** PDF/UA-1's identifier, and the extension schema PDF/A requires for a property it does not know. */
const PDFUA_XMP = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"><pdfuaid:part>1</pdfuaid:part></rdf:Description>`;

/** Whether every glyph pdfkit embedded has a Unicode mapping (glyph 0, .notdef, aside). */
export function allTextUnicode(doc: Pick<ArchivalPdf, '_fontFamilies'>): boolean {
  return Object.values(doc._fontFamilies).every((font) => (font.unicode ?? []).every((codePoints, gid) => gid === 0 || codePoints.length > 0));
}

/** Installs the metadata and claims on one document; `ua` is asked once, as the file is ended. */
export function installArchival(doc: ArchivalPdf, lang: string, ua: () => boolean): void {
  doc._addInfo = () => doc.appendXML(infoXmp(doc.info, lang));
  if (doc.subset === 2) {
    doc._getPdfaid = () =>
      `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>${allTextUnicode(doc) ? 'U' : 'B'}</pdfaid:conformance></rdf:Description>`;
  }
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    if (ua()) doc.appendXML(PDFUA_XMP);
    endMetadata();
  };
}
