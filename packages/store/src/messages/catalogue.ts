/**
 * The interface of @clusterlens/store's texts, implemented once per language (en.ts, zh.ts;
 * terms from the glossary of DESIGN.md §10). Sentences with values are functions of named
 * parameters; reasons quoted from a database driver stay as the driver wrote them.
 * An issue's severity is chosen where it is raised: it is the same in every language.
 */

/** The message of an issue and, where there is one, how to fix it. */
export interface Text {
  message: string;
  suggestion?: string;
}

/** Issue texts, by issue code. */
export interface Catalogue {
  store_unavailable: (p: { location: string; reason: string }) => Text;
  store_missing: (p: { location: string }) => Text;
  store_schema_newer: (p: { location: string; version: number; known: number }) => Text;
  store_write_failed: (p: { location: string; reason: string }) => Text;
  store_read_failed: (p: { location: string; reason: string }) => Text;
  store_import_unreadable: (p: { reason: string }) => Text;
  store_import_empty: () => Text;
}
