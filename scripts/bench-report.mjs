/**
 * Report figures for `npm run bench`: warm renders of one cluster report per language and of
 * member feedback reports, in this process (fonts and shaping already loaded by a first render).
 * Each figure is the median of several runs, as wall time and as CPU time of this process
 * (the CPU figure moves less when other work shares the machine). Each report is printed
 * tagged (structure tree, PDF/A-2, PDF/UA: what users get) and then untagged, to show
 * what tagging costs (issue #13: at most 25 %). Prints, asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { miit2022SmeClusters, vcmCluster } from '@clusterlens/models';
import { buildClusterReport, buildMemberReport, printDocument } from '@clusterlens/report';
import { assess } from '@clusterlens/scoring';

const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 15);
/** Calls before timing starts: the first loads the fonts, the next let the JIT settle. */
const WARM = 3;
const MEMBERS = Number(process.env.BENCH_REPORT_MEMBERS ?? 60);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Median wall and CPU ms of `fn` over `inputs`, once tagged and once untagged per input,
 * alternating, so both figures see the same machine, and tagged first for every other input:
 * a render pays for garbage the one before it left, so a fixed order would bill one side for
 * the other's. After warming calls.
 */
async function timeTaggedAndNot(inputs, fn) {
  for (let i = 0; i < WARM; i += 1) for (const tagged of [true, false]) await fn(inputs[0], tagged);
  const runs = { true: { wall: [], cpu: [] }, false: { wall: [], cpu: [] } };
  let last;
  for (const [i, input] of inputs.entries()) {
    for (const tagged of i % 2 === 0 ? [true, false] : [false, true]) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const pdf = await fn(input, tagged);
      runs[tagged].wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      runs[tagged].cpu.push((used.user + used.system) / 1000);
      if (tagged) last = pdf;
    }
  }
  const summary = (r) => ({ wall: median(r.wall), cpu: median(r.cpu) });
  const [tagged, untagged] = [summary(runs.true), summary(runs.false)];
  return { tagged, untagged, last, cost: `tagging ${tagged.cpu >= untagged.cpu ? '+' : '−'}${Math.abs((tagged.cpu / untagged.cpu - 1) * 100).toFixed(0)} % CPU (limit +25 %)` };
}

/** Pages of a pdfkit PDF: its page objects are written uncompressed. */
const pageCount = (pdf) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/gu)?.length ?? 0;

const figure = (t) => `${t.wall.toFixed(0)} ms wall, ${t.cpu.toFixed(0)} ms CPU`;

/** Prints the report figures for the first of `surveys`, assessed with member scores. */
export async function benchReport(line, surveys) {
  const result = assess({ framework: vcmCluster, surveys, policy: miit2022SmeClusters, engineVersion: 'bench' }, { members: true });
  const cluster = result.clusters[0];
  const print = (build) => (id, tagged) => printDocument(build(id), { tagged });
  for (const lang of ['en', 'zh']) {
    const runs = Array.from({ length: RUNS }, () => cluster.id);
    const t = await timeTaggedAndNot(runs, print((id) => buildClusterReport(result, id, { lang })));
    line(`cluster report PDF, warm (${lang}, ${pageCount(t.last)} pages)`, figure(t.tagged), `median of ${RUNS} (target ≤ 300 ms)`);
    line(`  same, untagged (${lang})`, figure(t.untagged), t.cost);
  }
  const ids = (cluster.members ?? []).slice(0, MEMBERS).map((m) => m.id);
  for (const lang of ids.length > 0 ? ['en', 'zh'] : []) {
    const t = await timeTaggedAndNot(ids, print((id) => buildMemberReport(result, cluster.id, id, { lang })));
    line(`member report PDF, warm (${lang}, ${pageCount(t.last)} pages)`, figure(t.tagged), `median of ${ids.length} members (target ≤ 60 ms)`);
    line(`  same, untagged (${lang})`, figure(t.untagged), t.cost);
  }
}
