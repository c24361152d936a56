// No log code, step name or parameter dump can reach a reader: every code and step the schema
// allows has a sentence (the codes and steps are read from the schema itself, not from the
// report's tables), the sentences carry the values, and an unknown code or step stops the build
// of the report instead of printing.
import { LogEntry, MethodStep, type LogCode, type StepName } from '@clusterlens/schema';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { buildClusterReport } from './cluster-report.js';
import { createContext } from './context.js';
import { logLine } from './log-lines.js';
import type { Messages } from './messages/index.js';
import { describeStep } from './method/method-steps.js';
import { docText } from './test-doc-text.js';
import { methodPolicy, methodResult } from './test-fixture-method.js';

// Compile-time: the catalogue has a sentence for every code of the schema's union.
type Covered = Exclude<LogCode, keyof Messages['log']> extends never ? true : false;
const covered: Covered = true;

// @ts-expect-error a code outside the schema's union is not a log entry
const unknownEntry: LogEntry = { step: 'policy', code: 'policy_smoothed', target: 'p', params: {} };

interface Variant {
  properties: { step: { const: string }; code: { const: LogCode }; params: { properties: Record<string, TSchema & { const?: unknown; enum?: unknown[]; type?: string }> } };
}

// Values a reader can recognise in the sentence: 0.8 and 0.3 as weights, 40 % against 50 %.
const SAMPLE: Record<string, number> = { targetWeight: 0.8, uptakeWeight: 0.3, coverage: 0.4, minCoverage: 0.5, answers: 3, required: 5, value: 12.5, from: 140, to: 100, min: 10, max: 2 };

/** One entry per code of the schema's LogEntry union, its parameters filled from the schema. */
function entriesFromSchema(target: string): LogEntry[] {
  return (LogEntry.anyOf as unknown as Variant[]).map((v) => {
    const params = Object.fromEntries(
      // A list parameter (the questions a workbook had no column for) gets one question id.
      Object.entries(v.properties.params.properties).map(([key, s]) => [key, s.type === 'array' ? ['employees'] : (s.const ?? s.enum?.[0] ?? SAMPLE[key] ?? 1)]),
    );
    return { step: v.properties.step.const, code: v.properties.code.const, target, params } as LogEntry;
  });
}

const result = methodResult({ impute: { method: 'mean' }, treat: {}, members: {}, sensitivity: { draws: 5 } }, { policy: methodPolicy, baseline: methodResult({}) });
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/u;
// A JavaScript value printed as text; "undefined for" is the English of a method that does not apply.
const RAW = /[=_{}[\]]|\bundefined\b(?! for)|NaN|\bnull\b|\[object/u;

describe.each(['en', 'zh'] as const)('log catalogue (%s)', (lang) => {
  const ctx = createContext(result, 'A', lang);

  it('has a sentence for every log code of the schema, naming the target and carrying the values', () => {
    expect(covered).toBe(true);
    expect(unknownEntry.code).toBe('policy_smoothed');
    const entries = entriesFromSchema('rd_share');
    expect(entries.length).toBeGreaterThanOrEqual(15);
    for (const entry of entries) {
      const line = logLine(ctx, entry);
      expect(line.startsWith(ctx.nameOf('rd_share')), `${entry.code}: ${line}`).toBe(true);
      expect(line, `${entry.code}: ${line}`).not.toMatch(RAW);
      expect(line.replace(ctx.nameOf('rd_share'), ''), entry.code).not.toMatch(CAMEL);
      expect(line, entry.code).not.toContain(entry.code);
    }
    const blended = entries.find((e) => e.code === 'policy_blended');
    expect(blended && logLine(ctx, blended)).toMatch(/0\.8[^0-9].*0\.3[^0-9]/u);
    const short = entries.find((e) => e.code === 'dimension_not_scored');
    expect(short && logLine(ctx, short)).toContain('40%');
  });

  it('describes every step of the schema, which the test run logs in full', () => {
    const names = (MethodStep.anyOf as unknown as { properties: { step: { const: StepName } } }[]).map((s) => s.properties.step.const);
    expect(result.method.steps.map((s) => s.step).sort()).toEqual([...names].sort());
    for (const step of result.method.steps) {
      const { title, sentences } = describeStep(ctx, step);
      expect(title).not.toBe(step.step);
      expect(title).toMatch(/^[A-Z\p{Script=Han}]/u);
      expect(sentences.length, step.step).toBeGreaterThan(0);
      for (const s of sentences) {
        expect(s, step.step).not.toMatch(/\bundefined\b(?! for)|NaN|\[object|[{}]/u);
        expect(s, step.step).toMatch(lang === 'en' ? /[.)]$/u : /[。）]$/u);
      }
    }
  });

  it('puts no code, step name or parameter dump into the report', () => {
    const withEvents = structuredClone(result);
    withEvents.clusters.find((c) => c.id === 'A')?.log.push(...entriesFromSchema('trust_level'));
    const text = docText(buildClusterReport(withEvents, 'A', { lang })).join('\n');
    for (const code of entriesFromSchema('x').map((e) => e.code)) expect(text).not.toContain(code);
    expect(text).not.toMatch(/\b[a-z][A-Za-z]* = |\b(?:sufficiency|aggregation|normalisation|outliers|imputation|policy) \/ /u);
  });

  it('stops at an unknown code or step rather than print it', () => {
    const [entry] = entriesFromSchema('rd_share');
    expect(() => logLine(ctx, { ...entry, code: 'policy_smoothed' } as unknown as LogEntry)).toThrow(/policy_smoothed/u);
    expect(() => describeStep(ctx, { step: 'smooth', params: {}, engineVersion: 't' } as unknown as MethodStep)).toThrow(/smooth/u);
  });
});
