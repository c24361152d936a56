/**
 * The shapes behind the confidential member feedback report: the framework's suggestions with
 * the members they apply to, the member's own indicator values and change since the baseline,
 * and the statistics of member groups (all, same chain role, same size band) that survive the
 * group-size rules.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LocalizedText, StringEnum } from './common.js';

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const NullableInteger = Type.Union([Type.Integer(), Type.Null()]);
const Codes = (what: string) => Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true, description: what });

/**
 * One suggestion for members whose score on its dimension is among their lowest, with the
 * members it fits. Every condition left out applies to all members.
 */
export const MemberSuggestion = Type.Object(
  {
    text: LocalizedText,
    indicator: Type.Optional(
      Type.String({
        pattern: '^[A-Za-z][A-Za-z0-9_.-]*$',
        maxLength: 64,
        description: 'The indicator of the dimension this suggestion improves; the report explains the choice with the member’s value of it against the cluster’s.',
      }),
    ),
    roles: Type.Optional(Codes('Chain-role choice codes it fits (all roles when left out).')),
    excludeRoles: Type.Optional(Codes('Chain-role choice codes it never fits (e.g. "start a project with a research institute" for research institutes).')),
    sizeBands: Type.Optional(Codes('Ids of the framework’s `sizeBands` it fits (all sizes when left out).')),
    stages: Type.Optional(
      Type.Object(
        { min: Type.Optional(Type.Integer({ minimum: 1 })), max: Type.Optional(Type.Integer({ minimum: 1 })) },
        { additionalProperties: false, description: 'Integration stages it fits, inclusive (1 = the first of `integrationStages`).' },
      ),
    ),
    contact: Type.Optional(Identifier),
  },
  { additionalProperties: false, description: '`contact`: key of the association contact for it in the CLI config’s `memberContacts` (else the default contact).' },
);
export type MemberSuggestion = Static<typeof MemberSuggestion>;

/** Quartiles of one dimension score or indicator value over a member group, or why they are withheld. */
export const MemberGroupStat = Type.Object(
  {
    id: Type.String({ description: 'Dimension or indicator id.' }),
    n: Type.Integer({ minimum: 0, description: 'Members of the group with a value.' }),
    p25: NullableNumber,
    median: NullableNumber,
    p75: NullableNumber,
    mean: Type.Union([Type.Number(), Type.Null()], { description: 'Mean over the group (for a yes/no indicator: the share of yes, 0–100).' }),
    withheld: Type.Union([Type.Literal('small'), Type.Literal('individual'), Type.Literal('complement'), Type.Null()], {
      description:
        '`small`: fewer than k members have a value; `individual`: exactly k do, and a quartile would be one member’s own value, which a reader in the group could narrow down to fewer than k others; `complement`: a larger published group minus this one would leave 1 to k − 1 members; null: published.',
    }),
  },
  { additionalProperties: false },
);
export type MemberGroupStat = Static<typeof MemberGroupStat>;

export const MEMBER_GROUP_KINDS = ['all', 'chainRole', 'sizeBand'] as const;
export type MemberGroupKind = (typeof MEMBER_GROUP_KINDS)[number];

/** A group of the cluster's members and its statistics per dimension and member-level indicator. */
export const MemberGroup = Type.Object(
  {
    kind: Type.Union(MEMBER_GROUP_KINDS.map((k) => Type.Literal(k))),
    key: Type.String({ description: 'The chain-role code or size-band id; `` for all members.' }),
    dimensions: Type.Array(MemberGroupStat),
    indicators: Type.Array(MemberGroupStat),
  },
  { additionalProperties: false },
);
export type MemberGroup = Static<typeof MemberGroup>;

/** The member's change since the baseline, matched by respondent id. */
export const MemberChange = Type.Object(
  {
    baselineYear: Type.Integer(),
    dimensions: Type.Array(
      Type.Object({ id: Type.String(), before: NullableNumber, delta: NullableNumber }, { additionalProperties: false }),
    ),
    stageBefore: NullableInteger,
  },
  { additionalProperties: false },
);
export type MemberChange = Static<typeof MemberChange>;

/** Why a member has no value of an indicator. */
export const MEMBER_VALUE_MISSING = ['not_answered', 'not_applicable', 'not_usable', 'nobody'] as const;

/** Why a member states no chain role, size band or integration stage: `MEMBER_VALUE_MISSING` but `nobody`. */
export const MemberUnstated = Type.Object(
  {
    chainRole: Type.Optional(StringEnum(['not_answered', 'not_applicable', 'not_usable'] as const)),
    sizeBand: Type.Optional(StringEnum(['not_answered', 'not_applicable', 'not_usable'] as const)),
    integrationStage: Type.Optional(StringEnum(['not_answered', 'not_applicable', 'not_usable'] as const)),
  },
  { additionalProperties: false, description: 'Why the member’s chain role, size band or integration stage is null, for each that is (see MemberIndicatorValue `missing`).' },
);
export type MemberUnstated = Static<typeof MemberUnstated>;

/** The member's own value of one member-level indicator (its answers put through the indicator rule alone). */
export const MemberIndicatorValue = Type.Object(
  {
    id: Type.String(),
    value: NullableNumber,
    missing: Type.Optional(
      StringEnum(
        MEMBER_VALUE_MISSING,
        'Why `value` is null: the member left a question of the indicator blank (`not_answered`), answered one “not applicable” (`not_applicable`), gave an answer the reader refused as invalid (`not_usable`), or no member of the cluster has a value (`nobody`).',
      ),
    ),
  },
  { additionalProperties: false },
);
export type MemberIndicatorValue = Static<typeof MemberIndicatorValue>;

/** A support measure of a policy profile, with the members it is open to (all when a condition is left out). */
export const SupportMeasure = Type.Object(
  {
    id: Identifier,
    label: LocalizedText,
    description: LocalizedText,
    roles: Type.Optional(Codes('Chain-role choice codes it is open to.')),
    excludeRoles: Type.Optional(Codes('Chain-role choice codes it is not open to.')),
    sizeBands: Type.Optional(Codes('Ids of the framework’s `sizeBands` it is open to (e.g. SMEs only).')),
  },
  { additionalProperties: false },
);
export type SupportMeasure = Static<typeof SupportMeasure>;

/** Whom a member asks about a suggestion: a person or desk of the association. */
export const MemberContact = Type.Object(
  {
    name: Type.String({ minLength: 1, description: 'Person or desk, as printed.' }),
    email: Type.Optional(Type.String({ format: 'email' })),
    phone: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false },
);
export type MemberContact = Static<typeof MemberContact>;

/** Contacts by suggestion `contact` key, `default` for the suggestions without one. */
export const MemberContacts = (description: string) => Type.Record(Identifier, MemberContact, { description });
export type MemberContacts = Record<string, MemberContact>;
