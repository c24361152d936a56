import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText } from './common.js';

/** A publisher text: one string for every language, or one per language. */
export const PublisherText = Type.Union([Type.String({ minLength: 1 }), LocalizedText], { description: 'One text for every report language, or `{en, zh}`.' });
export type PublisherText = Static<typeof PublisherText>;

/**
 * Who publishes the reports: printed on the cover of the cluster and portfolio reports and
 * written into the PDF metadata (author). Every part is optional; without an issuer the
 * reports name none.
 */
export const Publisher = Type.Object(
  {
    issuer: Type.Optional(Type.Union([Type.String({ minLength: 1 }), LocalizedText], { description: 'Issuing body, e.g. the agency or association that publishes the report.' })),
    date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Publication date, YYYY-MM-DD. __Default:__ none printed.' })),
    contact: Type.Optional(PublisherText),
    licence: Type.Optional(Type.Union([Type.String({ minLength: 1 }), LocalizedText], { description: 'Licence or citation line, e.g. "CC BY 4.0" or how to cite the report.' })),
    disclaimer: Type.Optional(
      Type.Union([Type.String({ minLength: 1 }), LocalizedText], { description: '__Default:__ the reports’ own disclaimer (scores rest on the survey answers and the framework’s method).' }),
    ),
  },
  { additionalProperties: false, description: 'The publisher block of the reports.' },
);
export type Publisher = Static<typeof Publisher>;
