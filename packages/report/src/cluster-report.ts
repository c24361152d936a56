/**
 * The cluster assessment report as a pdfmake document definition.
 *
 *   AssessmentResult + cluster id + language
 *     ─▶ cover ─▶ contents ─▶ summary ─▶ profile ─▶ scorecard ─▶ radar ─▶ history ─▶ indicator detail
 *     ─▶ rating-scale answers ─▶ policy alignment ─▶ integration stages ─▶ peers ─▶ appendix
 *
 * Sections whose data the result lacks (no policy profile, no baseline, a single cluster, no
 * history from a results store) are left out and the remaining ones numbered consecutively.
 * Pure: no fonts, no I/O, no clock. The PDF dates come from the survey year so the same
 * result always gives the same bytes.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AssessmentResult, ClusterHistory, Lang, Publisher } from '@clusterlens/schema';
import { authorOf } from './publisher-block.js';
import { coverSection } from './cover.js';
import { createContext, type ReportContext } from './context.js';
import { historySection } from './history/history-section.js';
import { howToReadSection } from './how-to-read.js';
import { keyFactsSection } from './key-facts.js';
import { indicatorsSection } from './indicators-section.js';
import { integrationSection } from './integration-section.js';
import { likertSection } from './likert-section.js';
import { methodologySection } from './methodology.js';
import { peersSection } from './peers-section.js';
import { policySection } from './policy-section.js';
import { profileSection } from './profile-section.js';
import { radarSection } from './radar-section.js';
import { scorecardSection } from './scorecard.js';
import { summarySection } from './summary.js';
import { COLOURS } from './theme.js';
import { documentFrame } from './document-frame.js';

export interface ClusterReportOptions {
  lang: Lang;
  /**
   * The cluster's comparable years from the results store, this year included (the store's
   * `history` with the current result): adds the history section. __Default:__ none.
   */
  history?: ClusterHistory;
  /** The publisher block of the cover and the PDF author. __Default:__ none named. */
  publisher?: Publisher;
}

type Section = (ctx: ReportContext, number: number) => Content[];

const SECTIONS: readonly Section[] = [
  summarySection,
  howToReadSection,
  keyFactsSection,
  profileSection,
  scorecardSection,
  radarSection,
  historySection,
  indicatorsSection,
  likertSection,
  policySection,
  integrationSection,
  peersSection,
  methodologySection,
];

/** Every present section, numbered 1, 2, … in order; an absent one takes no number. */
function numberedSections(ctx: ReportContext): Content[] {
  const out: Content[] = [];
  let number = 1;
  for (const section of SECTIONS) {
    const content = section(ctx, number);
    if (content.length > 0) number += 1;
    out.push(...content);
  }
  return out;
}

/**
 * Builds the document definition of one cluster's assessment report.
 * Build a fresh one for every render: pdfmake mutates the definition it prints.
 * @throws Error when `clusterId` is not in `result` (a programming error).
 * @example const doc = buildClusterReport(result, 'zhili', { lang: 'zh' });
 */
export function buildClusterReport(result: AssessmentResult, clusterId: string, options: ClusterReportOptions): TDocumentDefinitions {
  const ctx = createContext(result, clusterId, options.lang, options.history);
  const { cluster, m } = ctx;
  const name = cluster.name[ctx.lang];
  return documentFrame({
    lang: ctx.lang,
    year: cluster.surveyYear,
    title: m.titleOf({ title: m.reportTitle, name, year: String(cluster.surveyYear) }),
    subject: m.subject({ cluster: name, year: String(cluster.surveyYear) }),
    keywords: [m.keywords, ...cluster.indices.map((i) => i.label[ctx.lang]), name].join(m.keywordSeparator),
    ...authorOf(options.publisher, ctx.lang),
    creator: `ClusterLens (${result.engine.name} ${result.engine.version})`,
    header: [name, m.reportTitle],
    cover: 'ruled',
    content: [
      ...coverSection(ctx, options.publisher),
      { toc: { title: { text: m.headings.contents, style: 'h1' }, numberStyle: { color: COLOURS.muted } }, margin: [0, 0, 0, 18] },
      ...numberedSections(ctx),
    ],
  });
}
