/**
 * Sheet names by worksheet part, read from `xl/workbook.xml` and its relationships, so
 * issues raised before parsing can name the sheet people see rather than `sheet3.xml`.
 */
const SHEET = /<(?:\w+:)?sheet\s([^>]*?)\/?>/g;
const RELATIONSHIP = /<(?:\w+:)?Relationship\s([^>]*?)\/?>/g;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match?.[1];
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[entity] ?? '';
  });
}

/** Lower-cased zip entry name (`xl/worksheets/sheet1.xml`) → sheet name. */
export function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(RELATIONSHIP)) {
    const id = attribute(match[1] ?? '', 'Id');
    const target = attribute(match[1] ?? '', 'Target');
    if (!id || !target) continue;
    // Targets are relative to xl/ unless absolute.
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    targets.set(id, path.replace(/\/\.\//g, '/').toLowerCase());
  }
  const names = new Map<string, string>();
  for (const match of workbookXml.matchAll(SHEET)) {
    const name = attribute(match[1] ?? '', 'name');
    const id = attribute(match[1] ?? '', 'r:id') ?? attribute(match[1] ?? '', '\\w+:id');
    const path = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && path !== undefined) names.set(path, unescapeXml(name));
  }
  return names;
}
