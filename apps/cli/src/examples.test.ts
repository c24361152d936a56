import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssessmentResult } from '@clusterlens/schema';
import { describe, expect, it } from 'vitest';
import { CLUSTER_IDS, REPO, SMALL, tempFolders } from './test-helpers.js';

const temp = tempFolders();

// Imported by path: the example lives outside src/ and is type-checked by examples/tsconfig.json.
const EXAMPLE = fileURLToPath(new URL('../examples/score-with-custom-weights.ts', import.meta.url));

describe('examples/score-with-custom-weights.ts (the README "Use from code" example)', () => {
  it('scores with innovation counted double and writes the result JSON', async () => {
    const { scoreWithCustomWeights } = (await import(EXAMPLE)) as {
      scoreWithCustomWeights: (files: string[], out: string, weights: Record<string, number>) => Promise<AssessmentResult>;
    };
    const out = join(await temp(), 'weighted.json');
    const result = await scoreWithCustomWeights(CLUSTER_IDS.map(SMALL), out, { D4: 2 });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(result);

    for (const cluster of result.clusters) {
      const index = cluster.indices.find((i) => i.id === 'competitiveness')!;
      // Weights 1,1,1,2,1,1,1 over D1–D7 → shares 1/8 each and 2/8 for D4.
      expect(index.components.map((c) => c.weight)).toEqual([1, 1, 1, 2, 1, 1, 1].map((w) => w / 8));
      // The index is the weighted mean of the dimension scores the result reports, by hand:
      // Σ w_d · s_d / Σ w_d over the scored dimensions.
      const parts = index.components
        .map((c) => ({ w: c.weight, s: cluster.dimensions.find((d) => d.id === c.dimension)!.score }))
        .filter((p): p is { w: number; s: number } => p.s !== null);
      const expected = parts.reduce((sum, p) => sum + p.w * p.s, 0) / parts.reduce((sum, p) => sum + p.w, 0);
      expect(index.score).toBeCloseTo(expected, 9);
    }
  });

  it('is the code the root README shows under "Use from code"', async () => {
    const readme = await readFile(join(REPO, 'README.md'), 'utf8');
    const block = /## Use from code[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const body = block.slice(block.indexOf('/** A copy'));
    expect(body.length).toBeGreaterThan(500);
    expect(await readFile(EXAMPLE, 'utf8')).toContain(body);
  });
});
