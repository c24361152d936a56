/**
 * Suggestions for the member: the framework's texts (`result.framework.suggestions`) that fit
 * the member's chain role, size band and integration stage, for its weakest dimensions; each
 * with why it was chosen, from the member's own value against the cluster's published figures,
 * and whom to contact.
 */
import type { Content } from 'pdfmake/interfaces.js';
import type { ClusterResult, IndicatorResult, MemberContact, MemberResult, MemberSuggestion } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { COLOURS } from '../theme.js';
import { missingWhy } from './member-answers.js';
import { groupBand, yesShares } from './privacy.js';

/** Whether a suggestion's conditions hold for the member; a condition on something the member did not state does not hold. */
export function fits(s: MemberSuggestion, member: MemberResult): boolean {
  const role = member.chainRole;
  if (s.roles && (role === null || !s.roles.includes(role))) return false;
  if (s.excludeRoles && role !== null && s.excludeRoles.includes(role)) return false;
  const band = member.sizeBand ?? null;
  if (s.sizeBands && (band === null || !s.sizeBands.includes(band))) return false;
  const stage = member.integrationStage;
  if (s.stages && (stage === null || stage < (s.stages.min ?? 1) || stage > (s.stages.max ?? Number.POSITIVE_INFINITY))) return false;
  return true;
}

/** The member's scored dimensions, lowest first (framework order breaks ties). */
export function weakestDimensions(member: MemberResult, count = 3): { id: string; score: number }[] {
  return member.dimensions
    .flatMap((d, order) => (d.score === null ? [] : [{ id: d.id, score: d.score, order }]))
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, count)
    .map(({ id, score }) => ({ id, score }));
}

export interface ChosenSuggestion {
  dimension: string;
  score: number;
  suggestion: MemberSuggestion | null;
}

/**
 * How pressing a fitting suggestion is for this member: 0 when its indicator is unanswered or
 * on the weaker side of the cluster median, 1 without an indicator, 2 when the member is
 * already at or past the median there.
 */
function urgency(ctx: ReportContext, member: MemberResult, s: MemberSuggestion, k: number): number {
  const own = s.indicator === undefined ? undefined : member.indicators?.find((x) => x.id === s.indicator);
  const ind = ctx.cluster.indicators.find((i) => i.id === s.indicator);
  if (own === undefined || ind === undefined) return 1;
  if (own.value === null) return 0;
  // Yes/no answers are 0 or 100: their median says little, the share of yes says how common the answer is.
  // A share withheld must not order the suggestions either, or the order would hint at it.
  if (ind.rule.method === 'share_yes') {
    const share = yesShares(ctx, member, ind.id, k).all;
    return share.shown ? ((own.value - share.share) * ind.direction < 0 ? 0 : 2) : 1;
  }
  const band = groupBand(ctx, { kind: 'all', key: '' }, 'indicators', ind.id, k);
  if (!band) return 1;
  return (own.value - band.median) * ind.direction < 0 ? 0 : 2;
}

/**
 * Three suggestions: for each of the three weakest dimensions the most pressing fitting one
 * (framework order breaks ties), then the next ones; a weak dimension without a fitting text
 * gets the generic suggestion (null).
 */
export function chooseSuggestions(ctx: ReportContext, member: MemberResult, k: number): ChosenSuggestion[] {
  const ranked = weakestDimensions(member).map((w) => {
    const fitting = (ctx.result.framework.suggestions?.[w.id] ?? [])
      .map((s, order) => ({ s, order }))
      .filter(({ s }) => fits(s, member))
      .sort((a, b) => urgency(ctx, member, a.s, k) - urgency(ctx, member, b.s, k) || a.order - b.order);
    return { ...w, fitting: fitting.length === 0 ? [null] : fitting.map((x) => x.s) };
  });
  const rounds = Math.max(1, ...ranked.map((w) => w.fitting.length));
  const picks = Array.from({ length: rounds }, (_, i) => ranked.flatMap((w) => (i < w.fitting.length ? [{ dimension: w.id, score: w.score, suggestion: w.fitting[i]! }] : []))).flat();
  return picks.slice(0, 3);
}

/** Why a suggestion was chosen, from the member's own value and the cluster's published figures. */
export function whyChosen(ctx: ReportContext, member: MemberResult, chosen: ChosenSuggestion, k: number): string {
  const { f, m, lang } = ctx;
  const why = m.member.why;
  const id = chosen.suggestion?.indicator;
  // The member's own entry of the suggestion's indicator, when that is a member-level one.
  const own = id === undefined ? undefined : member.indicators?.find((x) => x.id === id);
  const ind: IndicatorResult | undefined = own ? ctx.cluster.indicators.find((i) => i.id === id) : undefined;
  const parts: string[] = [];
  if (own && ind) {
    const { value } = own;
    const band = groupBand(ctx, { kind: 'all', key: '' }, 'indicators', ind.id, k);
    const name = ind.label[lang];
    if (value === null) {
      const reason = missingWhy(ctx, own);
      parts.push(band ? why.missing({ indicator: name, why: reason, median: f.value(band.median, ind.unit) }) : why.missingHidden({ indicator: name, why: reason }));
    } else if (ind.rule.method === 'share_yes') {
      const share = yesShares(ctx, member, ind.id, k).all;
      const answer = value >= 50 ? m.member.yes : m.member.no;
      if (share.shown) parts.push(why.indicatorYes({ indicator: name, answer, share: f.wholeShare(share.share / 100) }));
      else if (share.why === 'reveals') parts.push(why.indicatorYesHidden({ indicator: name, answer }));
    } else if (band)
      parts.push(why.indicator({ indicator: name, value: f.value(value, ind.unit), p25: f.number(band.p25), p75: f.brief(band.p75, ind.unit), median: f.brief(band.median, ind.unit) }));
  }
  if (parts.length === 0) {
    const band = groupBand(ctx, { kind: 'all', key: '' }, 'dimensions', chosen.dimension, k);
    const dimension = ctx.nameOf(chosen.dimension);
    parts.push(band ? why.dimension({ dimension, score: f.score(chosen.score), p25: f.score(band.p25), p75: f.score(band.p75) }) : why.lowest({ dimension, score: f.score(chosen.score) }));
  }
  const stage = ctx.cluster.integration?.distribution.find((d) => d.stage === member.integrationStage);
  if (chosen.suggestion?.stages && stage) parts.push(why.stage({ stage: f.integer(stage.stage), label: stage.label[lang] }));
  return m.joinSentences(parts);
}

/** "Contact: Ms Li, li@assoc.cn, 0572-…" for the suggestion's contact key, else the default contact, else nothing. */
export function contactLine(ctx: ReportContext, suggestion: MemberSuggestion | null, contacts: Readonly<Record<string, MemberContact>>): string | null {
  const contact = (suggestion?.contact && contacts[suggestion.contact]) || contacts['default'];
  return contact ? ctx.m.member.contact(contact) : null;
}

/**
 * The contacts a member report prints: the survey's (Cluster sheet) overlaid key by key with
 * the caller's (config `memberContacts`), which win.
 */
export function reportContacts(cluster: ClusterResult, given: Readonly<Record<string, MemberContact>> | undefined): Readonly<Record<string, MemberContact>> {
  return { ...cluster.contacts, ...given };
}

/** The suggestions section. */
export function memberSuggestionsSection(ctx: ReportContext, member: MemberResult, k: number, contacts: Readonly<Record<string, MemberContact>>): Content[] {
  const { f, m, lang } = ctx;
  const list = chooseSuggestions(ctx, member, k);
  if (list.length === 0) return [];
  const items = list.map((c) => {
    const name = ctx.nameOf(c.dimension);
    const contact = contactLine(ctx, c.suggestion, contacts);
    // A suggestion is a few lines: kept whole, so that its title never ends a page without it.
    return {
      unbreakable: true,
      stack: [
        { text: m.member.suggestionFor({ dimension: name, score: f.score(c.score) }), bold: true, color: COLOURS.navy },
        { text: c.suggestion?.text[lang] ?? m.member.genericSuggestion({ dimension: name }), margin: [0, 1, 0, 0] },
        { text: whyChosen(ctx, member, c, k), style: 'small', color: COLOURS.muted, margin: [0, 1, 0, 0] },
        ...(contact ? [{ text: contact, style: 'small', margin: [0, 1, 0, 0] }] : []),
        { text: '', margin: [0, 0, 0, 5] },
      ],
    } as Content;
  });
  return [
    { text: m.member.headings.suggestions, style: 'h1', margin: [0, 14, 0, 6] },
    { text: m.member.suggestionsIntro, style: 'small' },
    { ol: items, style: 'body' },
  ];
}
