import type { AggregationMethod, Framework, Indicator } from '@clusterlens/schema';
import { orderParents, type Hierarchy, type Leaf } from './table/hierarchy.js';

/** Nominal weights as shares summing to 1, so results show comparable weights whatever scale the framework uses. */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** The `dist2targ` target of an indicator: its own, else the goalpost that scores 100. */
export function targetOf(indicator: Indicator): number {
  return indicator.target ?? (indicator.direction === 1 ? indicator.goalposts.max : indicator.goalposts.min);
}

/** Kind of each parent code of a framework hierarchy. */
export type ParentKind = 'dimension' | 'group' | 'index';

/**
 * A framework as a hierarchy: indicators (leaves) → dimensions → groups (any depth) → indices,
 * with each parent's weights as shares of its children, and the parents that name their own
 * aggregation method (`overrides`). Invalid goalposts (min ≥ max) are left out, so the
 * indicator stays unscored (checkFramework reports them).
 */
export function frameworkHierarchy(framework: Framework): { hierarchy: Hierarchy; kinds: Map<string, ParentKind>; overrides: Record<string, AggregationMethod> } {
  const leaves: Leaf[] = framework.dimensions.flatMap((d) =>
    d.indicators.map((ind) => ({
      code: ind.id,
      direction: ind.direction,
      ...(ind.goalposts.min < ind.goalposts.max ? { goalposts: { min: ind.goalposts.min, max: ind.goalposts.max } } : {}),
      target: targetOf(ind),
    })),
  );
  const kinds = new Map<string, ParentKind>();
  const overrides: Record<string, AggregationMethod> = {};
  const parent = (code: string, kind: ParentKind, children: { code: string; weight: number }[], aggregation: AggregationMethod | undefined) => {
    kinds.set(code, kind);
    if (aggregation) overrides[code] = aggregation;
    const weights = shares(children.map((c) => c.weight));
    return { code, children: children.map((c, k) => ({ code: c.code, weight: weights[k] as number })) };
  };
  const parents = [
    ...framework.dimensions.map((d) => parent(d.id, 'dimension', d.indicators.map((i) => ({ code: i.id, weight: i.weight })), d.aggregation)),
    ...(framework.groups ?? []).map((g) => parent(g.id, 'group', g.components.map((c) => ({ code: c.dimension, weight: c.weight })), g.aggregation)),
    ...framework.indices.map((x) => parent(x.id, 'index', x.components.map((c) => ({ code: c.dimension, weight: c.weight })), x.aggregation)),
  ];
  return { hierarchy: { leaves, parents: orderParents(leaves, parents).parents }, kinds, overrides };
}
