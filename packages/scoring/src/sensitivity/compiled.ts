import type { AggregationMethod } from '@clusterlens/schema';
import type { Hierarchy } from '../table/hierarchy.js';

/** A hierarchy flattened into typed arrays for repeated evaluation: leaves are nodes 0…L−1, parents follow in evaluation order. */
export interface CompiledHierarchy {
  leafCount: number;
  codes: string[];
  /** Per parent: its children's node numbers, nominal edge weights, and its own method (or null for the default). */
  parents: { node: number; children: Int32Array; weights: Float64Array; method: AggregationMethod | null }[];
}

export function compileHierarchy(hierarchy: Hierarchy): CompiledHierarchy {
  const codes = [...hierarchy.leaves.map((l) => l.code), ...hierarchy.parents.map((p) => p.code)];
  const node = new Map(codes.map((c, i) => [c, i]));
  const parents = hierarchy.parents.map((p, k) => {
    const known = p.children.filter((c) => node.has(c.code));
    return {
      node: hierarchy.leaves.length + k,
      children: Int32Array.from(known.map((c) => node.get(c.code) as number)),
      weights: Float64Array.from(known.map((c) => c.weight)),
      method: p.aggregation ?? null,
    };
  });
  return { leafCount: hierarchy.leaves.length, codes, parents };
}

/** Work buffers of `evaluate`, allocated once per analysis. */
export interface Scratch {
  acc: Float64Array;
  covered: Float64Array;
  negative: Uint8Array;
}

export function scratch(units: number): Scratch {
  return { acc: new Float64Array(units), covered: new Float64Array(units), negative: new Uint8Array(units) };
}

/**
 * Evaluates every parent for every unit into `values` (node-major, NaN = missing), which holds
 * the leaf scores on entry; `leafLogs` holds ln of the leaf scores (NaN when missing or not
 * positive) so geometric means need no logarithm of a leaf. Same rules as `aggregateVector`:
 * missing children dropped, weights rescaled, coverage threshold, negative children make
 * geometric and harmonic means undefined. `weights` are this draw's edge weights, parent after
 * parent in `compiled.parents` order. Children are walked in the outer loop so that each inner
 * loop runs over the units of one contiguous row.
 */
export function evaluate(
  compiled: CompiledHierarchy,
  values: Float64Array,
  leafLogs: Float64Array,
  units: number,
  weights: Float64Array,
  method: AggregationMethod,
  minCoverage: number,
  work: Scratch,
): void {
  const { acc, covered, negative } = work;
  let edge = 0;
  for (const parent of compiled.parents) {
    const how = parent.method ?? method;
    const { children } = parent;
    acc.fill(0);
    covered.fill(0);
    negative.fill(0);
    let total = 0;
    for (let k = 0; k < children.length; k++) {
      const w = weights[edge + k] as number;
      total += w;
      const row = (children[k] as number) * units;
      const isLeaf = (children[k] as number) < compiled.leafCount;
      for (let u = 0; u < units; u++) {
        const v = values[row + u] as number;
        if (v !== v) continue;
        covered[u] = (covered[u] as number) + w;
        if (how === 'arithmetic') acc[u] = (acc[u] as number) + w * v;
        else if (v < 0) negative[u] = 1;
        else if (how === 'geometric') acc[u] = (acc[u] as number) + w * (isLeaf ? (leafLogs[row + u] as number) : Math.log(v));
        else acc[u] = (acc[u] as number) + w / v;
      }
    }
    edge += children.length;
    const out = parent.node * units;
    for (let u = 0; u < units; u++) {
      const c = covered[u] as number;
      const a = acc[u] as number;
      if (c === 0 || negative[u] === 1 || c / total + 1e-12 < minCoverage) values[out + u] = NaN;
      else values[out + u] = how === 'arithmetic' ? a / c : how === 'geometric' ? Math.exp(a / c) : c / a;
    }
  }
}
