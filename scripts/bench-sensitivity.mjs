/**
 * Scoring: Monte Carlo sensitivity on the pipeline, on an indicator table of the ASEM example's
 * shape (51 units, 49 indicators → 8 pillars → 2 sub-indices → 1 index, 63 missing values),
 * generated here from a seed: the sensitivity step with 1,000 draws, weights ±25 % and
 * arithmetic vs geometric mean over a minmax [1, 100] pipeline. Budget: < 0.2 s.
 */
import { performance } from 'node:perf_hooks';
import { aggregate, benchmark, newCoin, normalise, seededRandom, sensitivity } from '@clusterlens/scoring';

function asemShapedCoin() {
  const random = seededRandom(2024);
  const pillarSizes = [6, 7, 5, 6, 7, 6, 6, 6]; // 49 indicators
  const leaves = [];
  const pillars = pillarSizes.map((size, p) => {
    const children = Array.from({ length: size }, () => {
      const code = `i${leaves.length}`;
      leaves.push({ code, direction: random() < 0.2 ? -1 : 1 });
      return { code, weight: 1 };
    });
    return { code: `P${p}`, level: 2, children };
  });
  const subs = [0, 1].map((s) => ({ code: `S${s}`, level: 3, children: pillars.slice(s * 5, s === 0 ? 5 : 8).map((p) => ({ code: p.code, weight: 1 })) }));
  const index = { code: 'Index', level: 4, children: subs.map((s) => ({ code: s.code, weight: 1 })) };
  const units = Array.from({ length: 51 }, (_, u) => `U${u}`);
  const cells = leaves.length * units.length;
  const missing = new Set();
  while (missing.size < 63) missing.add(Math.floor(random() * cells));
  const columns = new Map(leaves.map((l, i) => [l.code, units.map((_, u) => (missing.has(i * units.length + u) ? null : Math.exp(3 * random())))]));
  const coin = newCoin({ leaves, parents: [...pillars, ...subs, index] }, units.map((code) => ({ code })), 'bench', { units, columns });
  return benchmark(aggregate(normalise(coin, { method: 'minmax', range: [1, 100] }), { method: 'arithmetic', minCoverage: 0 }), { ties: 'min' });
}

export function benchSensitivity(line) {
  const coin = asemShapedCoin();
  const params = { draws: 1000, seed: 1, weightFraction: 0.25, normalisations: [{ method: 'minmax', range: [1, 100] }], aggregations: ['arithmetic', 'geometric'], targets: ['Index', 'S0', 'S1'] };
  sensitivity(coin, params); // warm up the JIT
  const start = performance.now();
  const cpu = process.cpuUsage();
  sensitivity(coin, params);
  const used = process.cpuUsage(cpu);
  // CPU time as well: on a busy machine the wall time mostly measures the other processes.
  line('scoring: sensitivity step, 1,000 draws over 51 x 49 (budget 200 ms)', `${(performance.now() - start).toFixed(1)} ms (cpu ${((used.user + used.system) / 1000).toFixed(1)}`, 'ms)');
}
