import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from 'commander';
import type { CliConfig, Lang, OutputFormat, Publisher } from '@clusterlens/schema';
import { parseShard, type Shard } from './batch/shard.js';
import { MESSAGES } from './messages/index.js';

/** Options every command takes. */
export interface GlobalOptions {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  config?: string;
  lang?: Lang;
}

/** OUTPUT_FORMATS of @clusterlens/schema, spelled out so that start-up does not load the schema package (and ajv); a test keeps them equal. */
export const FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const satisfies readonly OutputFormat[];

/** commander value parsers; their errors end the run as usage errors (exit 2). */
export function parsers(lang: Lang) {
  const text = MESSAGES[lang];
  return {
    jobs(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(text.badJobs(value));
      return n;
    },
    port(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(text.badPort(value));
      return n;
    },
    shard(value: string): Shard {
      const shard = parseShard(value);
      if (!shard) throw new InvalidArgumentError(text.badShard(value));
      return shard;
    },
    draws(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 10 || n > 100000) throw new InvalidArgumentError(text.badDraws(value));
      return n;
    },
    seed(value: string): number {
      const n = Number(value);
      if (value.trim() === '' || !Number.isSafeInteger(n)) throw new InvalidArgumentError(text.badSeed(value));
      return n;
    },
    minPeers(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 2 || n > 1000) throw new InvalidArgumentError(text.badMinPeers(value));
      return n;
    },
    minGroup(value: string): number {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError(text.badMinGroup(value));
      return n;
    },
    publicationDate(value: string): string {
      const [y, m, d] = value.split('-').map(Number);
      const date = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN));
      // 2025-02-30 parses as 2 March: only a date that reads back as written is one.
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError(text.badPublicationDate(value));
      return value;
    },
    formats(value: string): OutputFormat[] {
      const list = value.split(',').map((f) => f.trim()).filter(Boolean);
      if (list.length === 0 || list.some((f) => !(FORMATS as readonly string[]).includes(f))) throw new InvalidArgumentError(text.badFormats(value, FORMATS.join(', ')));
      return FORMATS.filter((f) => list.includes(f));
    },
  };
}

/** Flag, else config file, else built-in default. */
export function resolveDefaults(
  flags: { framework?: string; formats?: OutputFormat[]; jobs?: number; policy?: string; minGroup?: number; store?: string; minPeers?: number },
  config: CliConfig,
): {
  framework: string;
  formats: OutputFormat[];
  jobs: number;
  policy: string | undefined;
  minGroup: number;
  store: string | undefined;
  minPeers: number | undefined;
  peerGroups: Record<string, string> | undefined;
  exchangeRates: Record<string, number> | undefined;
} {
  return {
    minPeers: flags.minPeers ?? config.minPeers,
    peerGroups: config.peerGroups,
    exchangeRates: config.exchangeRates,
    store: flags.store ?? config.store,
    policy: flags.policy ?? config.policy,
    minGroup: flags.minGroup ?? config.minGroupSize ?? 5,
    framework: flags.framework ?? config.framework ?? 'vcm-cluster',
    formats: flags.formats ?? (config.formats ? FORMATS.filter((f) => config.formats?.includes(f)) : [...FORMATS]),
    jobs: flags.jobs ?? config.jobs ?? availableParallelism(),
  };
}

/** The publisher flags of the commands that write reports. */
export interface PublisherFlags {
  publisher?: string;
  publicationDate?: string;
  contact?: string;
  licence?: string;
  disclaimer?: string;
}

/** The publisher block: each flag overrides its part of the config's `publisher`; undefined when neither names any part. */
export function resolvePublisher(flags: PublisherFlags, config: CliConfig): Publisher | undefined {
  const fromFlags: Publisher = {
    ...(flags.publisher !== undefined && { issuer: flags.publisher }),
    ...(flags.publicationDate !== undefined && { date: flags.publicationDate }),
    ...(flags.contact !== undefined && { contact: flags.contact }),
    ...(flags.licence !== undefined && { licence: flags.licence }),
    ...(flags.disclaimer !== undefined && { disclaimer: flags.disclaimer }),
  };
  const publisher = { ...config.publisher, ...fromFlags };
  return Object.keys(publisher).length === 0 ? undefined : publisher;
}
