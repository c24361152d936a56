import type { Direction } from '@clusterlens/schema';

/** An indicator: the leaf of a hierarchy, with what its normalisation needs. */
export interface Leaf {
  code: string;
  direction: Direction;
  /** Fixed goalposts in the indicator's own scale (for `goalposts`). */
  goalposts?: { min: number; max: number };
  /** Target in the indicator's own scale (for `dist2targ`). */
  target?: number;
}

/** An aggregate: its children (leaves or other parents) with weights relative to each other. */
export interface Parent {
  code: string;
  /** 2 for parents of indicators, one more for each level above. */
  level: number;
  children: readonly { code: string; weight: number }[];
}

/**
 * A composite-indicator structure of any depth: a DAG (a child may feed several parents, as a
 * dimension may enter two indices). `parents` are in evaluation order — every child before the
 * parents that use it (see `orderParents`).
 */
export interface Hierarchy {
  leaves: readonly Leaf[];
  parents: readonly Parent[];
}

/**
 * Sorts parents so every child comes before its parents, keeping the given order where it is
 * free, and sets each level to 1 + the highest level among its children (leaves are level 1).
 * Parents on a cycle, and references to unknown codes, are returned as `problems` (the cycle's
 * parents are dropped; an unknown child simply stays missing).
 */
export function orderParents(
  leaves: readonly Leaf[],
  parents: readonly Omit<Parent, 'level'>[],
): { parents: Parent[]; problems: { code: string; kind: 'cycle' | 'unknown_child'; child?: string }[] } {
  const byCode = new Map(parents.map((p) => [p.code, p]));
  const level = new Map<string, number>(leaves.map((l) => [l.code, 1]));
  const ordered: Parent[] = [];
  const problems: { code: string; kind: 'cycle' | 'unknown_child'; child?: string }[] = [];
  const visiting = new Set<string>();
  const visit = (code: string): number | null => {
    const known = level.get(code);
    if (known !== undefined) return known;
    const parent = byCode.get(code);
    if (parent === undefined || visiting.has(code)) return null;
    visiting.add(code);
    let top = 1;
    let cyclic = false;
    for (const child of parent.children) {
      const l = visit(child.code);
      if (l === null && (byCode.has(child.code) || level.has(child.code))) cyclic = true;
      else if (l === null && !byCode.has(child.code)) problems.push({ code, kind: 'unknown_child', child: child.code });
      else if (l !== null) top = Math.max(top, l);
    }
    visiting.delete(code);
    if (cyclic) {
      problems.push({ code, kind: 'cycle' });
      return null;
    }
    level.set(code, top + 1);
    ordered.push({ ...parent, level: top + 1 });
    return top + 1;
  };
  for (const parent of parents) visit(parent.code);
  return { parents: ordered, problems };
}
