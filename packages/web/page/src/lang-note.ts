import { html } from 'htm/preact';
import type { PageCatalogue, PageLang } from './messages/index.js';

/**
 * Says which language the texts worded once by the assessment (its problems, in the report's
 * language) are in, where it is not the page's: a switch of the page cannot word them again.
 */
export function LangNote({ t, lang, texts }: { t: PageCatalogue; lang: PageLang; texts: readonly { lang: PageLang }[] }) {
  const other = [...new Set(texts.map((x) => x.lang).filter((l) => l !== lang))];
  return other.map((l) => html`<p class="note">${t.run.otherLang(t.langNames[l])}</p>`);
}
