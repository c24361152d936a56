import type { LocalizedText, Severity } from '@clusterlens/schema';

/** Building blocks of the message catalogue (messages.ts and its messages-*.ts parts). */
export type Text = LocalizedText;
export const t = (en: string, zh: string): Text => ({ en, zh });

export interface Entry<P> {
  severity: Severity;
  text: (p: P) => { message: Text; suggestion?: Text };
}
export const entry = <P>(severity: Severity, text: Entry<P>['text']): Entry<P> => ({ severity, text });
export type Label = { label: Text };
export type Found = { found: string };
