/**
 * The member's chain position and integration stage, with the cluster figures only when at
 * least k respondents stand behind them.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { MemberResult } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { COLOURS } from '../theme.js';
import { safeCount } from './privacy.js';

/** What stands in place of a null chain role, size band or stage: why there is none. */
function unstatedText(ctx: ReportContext, member: MemberResult, field: keyof NonNullable<MemberResult['unstated']>, notAnswered: string): string {
  const reason = member.unstated?.[field];
  return reason === undefined || reason === 'not_answered' ? notAnswered : ctx.m.member.unstated[reason];
}

/** "Downstream firms" for the member's own role id (the id itself when the result has no label). */
export function roleLabel(ctx: ReportContext, member: MemberResult): string {
  if (member.chainRole === null) return unstatedText(ctx, member, 'chainRole', ctx.m.member.roleUnknown);
  return ctx.cluster.respondents.byChainRole.find((r) => r.role === member.chainRole)?.label[ctx.lang] ?? member.chainRole;
}

/** "Small (10–49 employees)" for the member's own size band. */
export function sizeLabel(ctx: ReportContext, member: MemberResult): string {
  const band = member.sizeBand ?? null;
  if (band === null) return unstatedText(ctx, member, 'sizeBand', ctx.m.member.sizeUnknown);
  return ctx.cluster.respondents.bySize?.find((b) => b.role === band)?.label[ctx.lang] ?? band;
}

/** The framework's stages, lowest first, as the result carries them (empty without an integration question). */
function stages(ctx: ReportContext) {
  return ctx.cluster.integration?.distribution ?? [];
}

/** "2 of 4 · Bilateral cooperation" for the member's own stage. */
export function stageLabel(ctx: ReportContext, member: MemberResult): string {
  const { f, m, lang } = ctx;
  const stage = member.integrationStage;
  const own = stages(ctx).find((d) => d.stage === stage);
  if (stage === null || own === undefined) return unstatedText(ctx, member, 'integrationStage', m.member.stageUnknown);
  return m.member.stageValue({ stage: f.integer(stage), total: f.integer(stages(ctx).length), label: own.label[lang] });
}

function roleSentence(ctx: ReportContext, member: MemberResult, k: number): string | null {
  const { f, m } = ctx;
  if (member.chainRole === null) return null;
  const count = ctx.cluster.respondents.byChainRole.find((r) => r.role === member.chainRole)?.count ?? 0;
  const safe = safeCount(count, k);
  return safe === null ? m.member.roleSuppressed({ k: f.integer(k) }) : m.member.roleCount({ count: f.integer(safe) });
}

function stageSentences(ctx: ReportContext, member: MemberResult, k: number): string[] {
  const { f, m } = ctx;
  const profile = ctx.cluster.integration;
  const out: string[] = [];
  if (profile) {
    const answered = safeCount(profile.answered, k);
    out.push(
      answered === null || profile.mean === null
        ? m.member.stageSuppressed({ k: f.integer(k) })
        : m.member.stageMean({ mean: f.number(profile.mean), answered: f.integer(answered), total: f.integer(profile.distribution.length) }),
    );
  }
  const stage = member.integrationStage;
  const own = stages(ctx).find((d) => d.stage === stage);
  if (stage !== null && own) {
    const next = stages(ctx).find((d) => d.stage === stage + 1);
    out.push(
      next === undefined
        ? m.member.topStage({ text: own.description[ctx.lang] })
        : m.member.nextStage({ stage: f.integer(next.stage), text: next.description[ctx.lang] }),
    );
  }
  return out;
}

/** The position section. */
export function memberPositionSection(ctx: ReportContext, member: MemberResult, k: number): Content[] {
  const { m } = ctx;
  const row = (label: string, value: string, text: string | null): Content => ({
    margin: [0, 0, 0, 8],
    stack: [
      { columns: [{ text: label, width: 130, color: COLOURS.muted }, { text: value, bold: true, width: '*' }] },
      ...(text ? [{ text, style: 'small', margin: [130, 2, 0, 0] } as Content] : []),
    ],
  });
  return [
    { text: m.member.headings.position, style: 'h1', margin: [0, 14, 0, 8] },
    row(m.member.chainPosition, roleLabel(ctx, member), roleSentence(ctx, member, k)),
    ...(member.sizeBand === undefined ? [] : [row(m.member.size, sizeLabel(ctx, member), null)]),
    row(m.member.integrationStage, stageLabel(ctx, member), m.joinSentences(stageSentences(ctx, member, k)) || null),
  ];
}
