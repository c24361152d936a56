import { Type, type Static, type TLiteral } from '@sinclair/typebox';

/**
 * The languages ClusterLens ships, in the order texts list them. The one place a language is
 * added: `Lang` and `LocalizedText` follow from it, and every package's `src/messages/`
 * then needs that language's files (a missing one is a type error).
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };
export const Lang = Type.Union(LANGS.map((lang) => Type.Literal(lang)) as Literals<typeof LANGS>);

/** Each language's name, for the schema's own documentation. */
const LANG_NAMES: Record<Lang, string> = { en: 'English', zh: 'Simplified Chinese' };

/** A text shown to users, in every language ClusterLens ships: every language required, none empty, no other keys. */
export const LocalizedText = Type.Record(Lang, Type.String({ minLength: 1 }), {
  additionalProperties: false,
  description: `A text in every supported language (${LANGS.map((lang) => `${lang}: ${LANG_NAMES[lang]}`).join(', ')}); none may be empty.`,
});
export type LocalizedText = Static<typeof LocalizedText>;

/** The LocalizedText whose text in each language is `text(lang)`, e.g. a catalogue entry looked up per language. */
export const localized = (text: (lang: Lang) => string): LocalizedText =>
  Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as LocalizedText;

/** Identifiers are machine-readable: letters, digits, `_`, `.` and `-`, starting with a letter. */
export const Identifier = Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_.-]*$', maxLength: 64 });

/** A source file that went into a run, named by its base name and identified by content. */
export const SourceFile = Type.Object(
  {
    file: Type.String({ description: 'Base name of the file as given to ClusterLens.' }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the file bytes.' }),
    setAside: Type.Optional(
      Type.Object(
        {
          answers: Type.Integer({ minimum: 0, description: 'Answers refused at their cells as invalid, each with an error issue there.' }),
          rows: Type.Integer({ minimum: 0, description: 'Member rows left out: without a respondent id, or repeating an id given before (in this file or an earlier one of the cluster).' }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SourceFile = Static<typeof SourceFile>;

/**
 * A string from a fixed list, as a JSON Schema `enum` typed as the list's union: a wrong value is
 * reported once, with the allowed ones, rather than once per alternative of a union of literals.
 */
export const StringEnum = <const T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description === undefined ? {} : { description }) });
