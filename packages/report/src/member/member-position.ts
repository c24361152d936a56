/**
 * The member's chain position and integration stage, with the cluster figures only when at
 * least k respondents stand behind them, plus the three suggestions for its weakest dimensions.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { MemberResult } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { COLOURS } from '../theme.js';
import { safeCount } from './privacy.js';

/** "Downstream firms" for the member's own role id (the id itself when the result has no label). */
export function roleLabel(ctx: ReportContext, member: MemberResult): string {
  if (member.chainRole === null) return ctx.m.member.roleUnknown;
  return ctx.cluster.respondents.byChainRole.find((r) => r.role === member.chainRole)?.label[ctx.lang] ?? member.chainRole;
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
  if (stage === null || own === undefined) return m.member.stageUnknown;
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
  const sep = ctx.lang === 'zh' ? '' : ' ';
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
    row(m.member.integrationStage, stageLabel(ctx, member), stageSentences(ctx, member, k).join(sep) || null),
  ];
}

/** The member's three weakest scored dimensions, lowest first (framework order breaks ties). */
export function weakestDimensions(member: MemberResult, count = 3): { id: string; score: number }[] {
  return member.dimensions
    .flatMap((d, order) => (d.score === null ? [] : [{ id: d.id, score: d.score, order }]))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, count)
    .map(({ id, score }) => ({ id, score }));
}

/**
 * Three suggestions from the framework (`result.framework.suggestions`): the first for each of
 * the weakest dimensions, then the next ones if fewer than three were scored. A dimension
 * without suggestions gets one generic suggestion.
 */
export function memberSuggestions(ctx: ReportContext, member: MemberResult): { title: string; text: string }[] {
  const { f, lang, m } = ctx;
  const weakest = weakestDimensions(member).map((w) => ({ ...w, texts: ctx.result.framework.suggestions?.[w.id] ?? [] }));
  const rounds = Math.max(1, ...weakest.map((w) => w.texts.length));
  const picks = Array.from({ length: rounds }, (_, which) => weakest.flatMap((w) => (which < Math.max(1, w.texts.length) ? [{ ...w, which }] : []))).flat();
  return picks.slice(0, 3).map((p) => {
    const name = ctx.nameOf(p.id);
    return { title: m.member.suggestionFor({ dimension: name, score: f.score(p.score) }), text: p.texts[p.which]?.[lang] ?? m.member.genericSuggestion({ dimension: name }) };
  });
}

/** The suggestions section. */
export function memberSuggestionsSection(ctx: ReportContext, member: MemberResult): Content[] {
  const { m } = ctx;
  const list = memberSuggestions(ctx, member);
  if (list.length === 0) return [];
  return [
    { text: m.member.headings.suggestions, style: 'h1', margin: [0, 14, 0, 6] },
    { text: m.member.suggestionsIntro, style: 'small' },
    { ol: list.map((s) => ({ stack: [{ text: s.title, bold: true, color: COLOURS.navy }, { text: s.text, margin: [0, 1, 0, 6] }] })), style: 'body' },
  ];
}
