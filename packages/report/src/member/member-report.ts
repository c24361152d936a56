/**
 * The confidential member feedback report: the member's dimension scores against the cluster
 * quartiles (bullet charts), its percentiles, chain position and integration stage, and three
 * suggestions for its weakest dimensions — in 2–3 pages.
 *
 * Confidentiality: the member's own values come from its MemberResult; cluster figures only
 * through privacy.ts, which drops every aggregate over fewer than k members. No other
 * member's id or value is ever read.
 */
import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AssessmentResult, Lang } from '@clusterlens/schema';
import { createContext, type ReportContext } from '../context.js';
import { documentFrame } from '../document-frame.js';
import { printDocument } from '../render.js';
import { COLOURS, CONTENT_WIDTH } from '../theme.js';
import { memberPositionSection, memberSuggestionsSection } from './member-position.js';
import { memberScoresSection } from './member-scores.js';
import { DEFAULT_MIN_GROUP, checkMinGroup, ownMember } from './privacy.js';

export interface MemberReportOptions {
  lang: Lang;
  /** Smallest group whose aggregates may appear. __Default:__ 5. */
  minGroup?: number;
}

function titleBlock(ctx: ReportContext, memberId: string): Content[] {
  const { cluster, m, lang } = ctx;
  const fact = (label: string, value: string): Column => ({
    width: '*',
    stack: [{ text: label, fontSize: 8, color: COLOURS.muted }, { text: value, fontSize: 10.5, margin: [0, 1, 0, 0] }],
  });
  return [
    { text: m.member.title, fontSize: 22, bold: true, color: COLOURS.navy, margin: [0, 0, 0, 4] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: COLOURS.navy }], margin: [0, 0, 0, 10] },
    { columns: [fact(m.member.memberId, memberId), fact(m.member.cluster, cluster.name[lang]), fact(m.member.year, String(cluster.surveyYear))], columnGap: 14, margin: [0, 0, 0, 10] },
  ];
}

/**
 * Builds the document definition of one member's feedback report (pure; build one per render).
 * @throws Error for an unknown cluster or member id, a result without member scores, or a bad minGroup.
 */
export function buildMemberReport(result: AssessmentResult, clusterId: string, memberId: string, options: MemberReportOptions): TDocumentDefinitions {
  const k = checkMinGroup(options.minGroup ?? DEFAULT_MIN_GROUP);
  const ctx = createContext(result, clusterId, options.lang);
  const member = ownMember(ctx.cluster, memberId);
  const { cluster, f, m, lang } = ctx;
  const name = cluster.name[lang];
  return documentFrame({
    lang,
    year: cluster.surveyYear,
    title: m.titleOf({ title: m.member.title, name, year: String(cluster.surveyYear) }),
    subject: m.member.subject({ cluster: name, year: String(cluster.surveyYear) }),
    keywords: m.member.keywords,
    creator: `ClusterLens (${result.engine.name} ${result.engine.version})`,
    header: [m.member.confidential({ member: member.id }), name],
    cover: false,
    content: [
      ...titleBlock(ctx, member.id),
      { text: m.member.intro({ k: f.integer(k) }), style: 'body' },
      ...memberScoresSection(ctx, member, k),
      ...memberPositionSection(ctx, member, k),
      ...memberSuggestionsSection(ctx, member),
      { text: m.member.headings.about, style: 'h2' },
      { text: m.member.about({ k: f.integer(k) }), style: 'note' },
    ],
  });
}

/**
 * Renders one member's confidential feedback report to PDF bytes (A4, fonts embedded).
 * Deterministic: the same result, ids and options give identical bytes.
 * @throws Error for an unknown cluster or member id (programming errors).
 * @example await writeFile(memberReportFileName(id), await renderMemberReport(result, 'zhili', id, { lang: 'zh' }));
 */
export async function renderMemberReport(result: AssessmentResult, clusterId: string, memberId: string, options: MemberReportOptions): Promise<Buffer> {
  return printDocument(buildMemberReport(result, clusterId, memberId, options));
}
