/** Column headers of the analyst workbook (part of `Messages` as `tables`). */
type Fn<K extends string> = (p: Record<K, string>) => string;

export interface TableMessages {
  /** Header per fixed column key (see result-sheets.ts). */
  columns: Readonly<Record<string, string>>;
  indexColumn: Fn<'index' | 'what'>;
  dimensionColumn: Fn<'dimension' | 'what'>;
  what: { score: string; rank: string; percentile: string; peerMedian: string; change: string; rankP5: string; rankP95: string };
}
