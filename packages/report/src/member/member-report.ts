/**
 * The confidential member feedback report: the member's dimension scores against the cluster
 * quartiles (bullet charts), chain position, size and integration stage, its answers one by one
 * against the cluster, its chain role and size band, its own change since the baseline,
 * suggestions that fit it with why and whom to contact, and the support measures open to it.
 *
 * Confidentiality: the member's own values come from its MemberResult; cluster figures only
 * through privacy.ts, which drops every aggregate over fewer than k members and every group
 * statistic scoring withheld (size and complementary-group rules). No other member's id or
 * value is ever read.
 */
import { createHash } from 'node:crypto';
import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AssessmentResult, Lang, MemberContact } from '@clusterlens/schema';
import { createContext, type ReportContext } from '../context.js';
import { documentFrame } from '../document-frame.js';
import { printDocument } from '../render.js';
import { COLOURS, CONTENT_WIDTH } from '../theme.js';
import { memberAnswersSection } from './member-answers.js';
import { memberChangeSection, memberPeersSection, memberSupportSection } from './member-peers.js';
import { memberPositionSection } from './member-position.js';
import { memberSuggestionsSection, reportContacts } from './member-suggestions.js';
import { memberScoresSection } from './member-scores.js';
import { DEFAULT_MIN_GROUP, checkMinGroup, ownMember } from './privacy.js';

export interface MemberReportOptions {
  lang: Lang;
  /** Smallest group whose aggregates may appear. __Default:__ 5. */
  minGroup?: number;
  /**
   * Association contacts per suggestion `contact` key, `default` for the rest; each key given
   * here wins over the cluster's own (`contacts` of the result, from the Cluster sheet).
   * __Default:__ the cluster's, else none printed.
   */
  contacts?: Readonly<Record<string, MemberContact>>;
  /**
   * Opens the PDF only with this password (pdfmake's own encryption, AES; printing and copying
   * allowed, editing not). Never logged or stored. __Default:__ unencrypted.
   */
  password?: string;
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
  const frame = documentFrame({
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
      ...memberAnswersSection(ctx, member, k),
      ...memberPeersSection(ctx, member, k),
      ...memberChangeSection(ctx, member),
      ...memberSuggestionsSection(ctx, member, k, reportContacts(cluster, options.contacts)),
      ...memberSupportSection(ctx, member),
      { text: m.member.headings.about, style: 'h2' },
      { text: m.member.about({ k: f.integer(k) }), style: 'note' },
    ],
  });
  return options.password === undefined ? frame : { ...frame, ...encryption(options.password, member.id) };
}

/**
 * pdfmake's own encryption: AES-128 (PDF 1.7, so the version is raised), the member's password
 * to open; an owner password derived from it and the member id (it only guards the
 * permissions, and deriving it keeps the owner password out of every input and log).
 * Encrypted files differ from run to run: AES draws a fresh random IV per stream.
 */
function encryption(password: string, memberId: string): Pick<TDocumentDefinitions, 'userPassword' | 'ownerPassword' | 'permissions' | 'version'> {
  if (password.length === 0) throw new Error('A member password must not be empty');
  return {
    version: '1.7',
    userPassword: password,
    ownerPassword: createHash('sha256').update(`clusterlens owner\n${memberId}\n${password}`).digest('hex'),
    permissions: { printing: 'highResolution', copying: true, contentAccessibility: true, modifying: false, annotating: false, fillingForms: false, documentAssembly: false },
  };
}

/**
 * Renders one member's confidential feedback report to PDF bytes (A4, fonts embedded).
 * Deterministic: the same result, ids and options give identical bytes.
 * @throws Error for an unknown cluster or member id (programming errors).
 * @example await writeFile(`member-${n}.pdf`, await renderMemberReport(result, 'zhili', id, { lang: 'zh' }));
 */
export async function renderMemberReport(result: AssessmentResult, clusterId: string, memberId: string, options: MemberReportOptions): Promise<Buffer> {
  return printDocument(buildMemberReport(result, clusterId, memberId, options));
}
