// A cluster without peers or ranks is compared with its own history only when the result holds
// one: a baseline, or a series of years from the results store. Otherwise the goalposts alone.
import { describe, expect, it } from 'vitest';
import type { Lang } from '@clusterlens/schema';
import { peerGroupNote } from './comparison-notes.js';
import { createContext } from './context.js';
import { howToReadItems } from './how-to-read.js';
import { logLine } from './log-lines.js';
import { benchmarkSentences } from './method/method-analysis-steps.js';
import { fullFixtureResult } from './test-fixture-analysis.js';

/** Every sentence of the mechanism for Zhili: peer note, ranks, log lines, method text. */
function sentences(withBaseline: boolean, lang: Lang): string {
  const result = fullFixtureResult();
  const zhili = result.clusters.find((c) => c.id === 'zhili');
  if (!zhili) throw new Error('fixture lost zhili');
  if (!withBaseline) delete zhili.baseline;
  // One scored cluster: no ranks. The peer note appears in "How to read" too, so six sentences.
  result.clusters = [zhili];
  const ctx = createContext(result, 'zhili', lang);
  const logs = [
    { step: 'benchmark', code: 'peer_group_too_small', target: 'C1810', params: { size: 1, minSize: 5 } },
    { step: 'benchmark', code: 'no_peer_group', target: 'zhili', params: {} },
  ] as const;
  return [
    peerGroupNote(ctx) ?? '',
    ...howToReadItems(ctx).map(([, text]) => text),
    ...logs.map((e) => logLine(ctx, e)),
    ...benchmarkSentences(ctx, { ties: 'min', minPeers: 5 }),
  ].join('\n');
}

describe('what a cluster without peers or ranks is compared with', () => {
  it('names its own history only when the result has a baseline', () => {
    const en = sentences(true, 'en');
    expect(en.match(/with the goalposts and with its own history/gu)).toHaveLength(6);
    const zh = sentences(true, 'zh');
    expect(zh.match(/目标值区间及自身历史数据比较/gu)).toHaveLength(6);
  });

  it('says the goalposts alone without a baseline or a history', () => {
    const en = sentences(false, 'en');
    expect(en).not.toMatch(/history|previous assessment/u);
    expect(en).toContain('it is compared with the goalposts.');
    expect(en).toContain('The cluster is compared with the goalposts.');
    expect(en).toContain('and the cluster is compared with the goalposts instead.');
    expect(en).toContain('A cluster without such a group is compared with the goalposts instead.');
    const zh = sentences(false, 'zh');
    expect(zh).not.toMatch(/历史|上一次评估/u);
    expect(zh).toContain('本集群与目标值区间比较。');
    expect(zh).toContain('改为与目标值区间比较。');
  });
});
