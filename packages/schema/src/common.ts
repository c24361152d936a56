import { Type, type Static } from '@sinclair/typebox';

/** A text shown to users, in every language ClusterLens ships. */
export const LocalizedText = Type.Object(
  {
    en: Type.String({ minLength: 1, description: 'English text.' }),
    zh: Type.String({ minLength: 1, description: 'Simplified Chinese text.' }),
  },
  { additionalProperties: false },
);
export type LocalizedText = Static<typeof LocalizedText>;

/** Identifiers are machine-readable: letters, digits, `_`, `.` and `-`, starting with a letter. */
export const Identifier = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', maxLength: 64 });

export const Lang = Type.Union([Type.Literal('en'), Type.Literal('zh')]);
export type Lang = Static<typeof Lang>;
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** A source file that went into a run, named by its base name and identified by content. */
export const SourceFile = Type.Object(
  {
    file: Type.String({ description: 'Base name of the file as given to ClusterLens.' }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the file bytes.' }),
  },
  { additionalProperties: false },
);
export type SourceFile = Static<typeof SourceFile>;
