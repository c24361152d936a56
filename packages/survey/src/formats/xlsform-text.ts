import type { Lang, LocalizedText } from '@clusterlens/schema';
import { cellText } from '../cell-value.js';
import type { IssueSink, Where } from '../issue-sink.js';
import { localized } from '../read-text.js';
import type { TableRow } from '../sheet-table.js';
import { languageOf } from './xlsform-layout.js';

/**
 * The language columns of one XLSForm sheet: for `label`, which header holds English and
 * which Chinese (`label::English (en)`, `label::zh`, or a bare `label` in the default language).
 */
export class LanguageColumns {
  private readonly columns = new Map<string, Partial<Record<Lang, string>>>();

  /** `headers` are the sheet's lower-cased header texts. */
  constructor(headers: Iterable<string>, defaultLang: Lang) {
    for (const header of headers) {
      const [base, suffix] = header.split('::', 2);
      if (!base) continue;
      const language = suffix === undefined ? defaultLang : languageOf(suffix);
      if (!language) continue;
      const entry = this.columns.get(base.trim()) ?? {};
      // A language-tagged column beats the bare one of the same language.
      if (entry[language] === undefined || suffix !== undefined) entry[language] = header;
      this.columns.set(base.trim(), entry);
    }
  }

  /** The only header of a single-language column (`label` with no zh or no en twin), else undefined. */
  singleLanguage(base: string): string | undefined {
    const entry = this.columns.get(base);
    if (!entry) return undefined;
    return entry.en === undefined ? entry.zh : entry.zh === undefined ? entry.en : undefined;
  }

  /**
   * The bilingual text of `base` in one row. In a bilingual form an empty language is
   * reported (read-text's rule); in a single-language form the one text serves both silently
   * (reported once by the caller).
   */
  text(row: TableRow, base: string, what: string, sink: IssueSink, at: (column: string | undefined) => Where): LocalizedText | undefined {
    const entry = this.columns.get(base);
    if (!entry) return undefined;
    const content = (header: string | undefined) => (header === undefined ? { kind: 'empty' as const } : row.cell(header));
    const single = this.singleLanguage(base);
    if (single !== undefined) {
      const text = cellText(content(single));
      return text === undefined ? undefined : { en: text, zh: text };
    }
    return localized(content(entry.en), content(entry.zh), what, sink, { en: at(entry.en), zh: at(entry.zh) });
  }
}
