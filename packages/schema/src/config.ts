import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LANGS, StringEnum, type Lang } from './common.js';
import { MemberContacts } from './member-feedback.js';
import { Publisher } from './publisher.js';

export const OUTPUT_FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
/** An output the CLI can write for a run. */
export const OutputFormat = StringEnum(
  OUTPUT_FORMATS,
  '`json`: results.json (AssessmentResult); `pdf`: a cluster assessment report per cluster and, for several clusters, portfolio.pdf; `xlsx`: results.xlsx; `csv`: one CSV file per table.',
);

/**
 * `clusterlens.config.json`: defaults for the CLI, found in the working directory or given with
 * `--config`. Every property is optional; command-line flags override them.
 */
export const CliConfig = Type.Object(
  {
    $schema: Type.Optional(Type.String({ description: 'Editor hint: URL or path of this schema.' })),
    framework: Type.Optional(Type.String({ minLength: 1, description: 'Built-in framework id or path to a framework JSON file.' })),
    policy: Type.Optional(Type.String({ minLength: 1, description: 'Built-in policy profile id or path to a policy profile JSON file.' })),
    lang: Type.Optional(StringEnum(LANGS, 'Language of reports and messages.')),
    formats: Type.Optional(
      Type.Array(OutputFormat, { minItems: 1, uniqueItems: true, description: 'Outputs of assess, batch and merge.' }),
    ),
    minGroupSize: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Smallest group of respondents an aggregate may describe in member reports (k-anonymity).' }),
    ),
    memberContacts: Type.Optional(
      MemberContacts(
        'Association contacts printed in member reports: per suggestion `contact` key, and `default` for the others. For each key, this wins over the survey’s Cluster sheet (its contact_… rows).',
      ),
    ),
    minPeers: Type.Optional(
      Type.Integer({ minimum: 2, description: 'Fewest clusters of the same peer group before peer medians, peer tests and stars are shown (`--min-peers`). __Default:__ 5.' }),
    ),
    peerGroups: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' }), Type.String({ minLength: 1, maxLength: 64 }), {
        description: 'Cluster id → peer-group key; overrides the Cluster sheet’s peer_group and the industry code.',
      }),
    ),
    exchangeRates: Type.Optional(
      Type.Record(Type.String({ pattern: '^[A-Z]{3}/[A-Z]{3}$' }), Type.Number({ exclusiveMinimum: 0 }), {
        description: 'Exchange rates for the eligibility check, e.g. { "EUR/CNY": 7.8 } (one EUR is 7.8 CNY); recorded in the method log and shown in the appendix.',
      }),
    ),
    jobs: Type.Optional(Type.Integer({ minimum: 1, maximum: 256, description: 'Worker threads of batch runs.' })),
    publisher: Type.Optional(Publisher),
    store: Type.Optional(
      Type.String({ minLength: 1, description: 'Results store of assess, batch, merge and history: a SQLite file (relative to the working directory) or a postgres:// connection string.' }),
    ),
  },
  { additionalProperties: false },
);
export type CliConfig = Static<typeof CliConfig>;
