/**
 * The association's contacts on the Cluster sheet: rows `contact_<topic>_name`, `…_email` and
 * `…_phone`, one topic per suggestion `contact` key of the framework and `default` for the
 * others. They mean what the config's `memberContacts` means (which wins, key by key), and
 * land in ClusterMeta `contacts`.
 */
import type { ClusterMeta, Framework, MemberContact } from '@clusterlens/schema';
import { cellText, describeCell, type CellContent } from './cell-value.js';
import { isEmail } from './email.js';
import type { IssueSink, Where } from './issue-sink.js';
import { text } from './messages/index.js';

export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export const DEFAULT_CONTACT = 'default';

const CONTACT_KEY = /^contact_([A-Za-z][A-Za-z0-9_.-]*)_(name|email|phone)$/;

export const contactKey = (topic: string, field: ContactField): string => `contact_${topic}_${field}`;

/** The topic and field of a Cluster-sheet key, when it is a contact row. */
export function parseContactKey(key: string): { topic: string; field: ContactField } | undefined {
  const match = CONTACT_KEY.exec(key);
  return match ? { topic: match[1]!, field: match[2] as ContactField } : undefined;
}

/** `default`, then the framework's suggestion contact keys in the order they first appear, then any other key the cluster gives. */
export function contactTopics(framework: Framework, cluster: ClusterMeta | undefined): string[] {
  const fromFramework = framework.dimensions.flatMap((d) => (d.suggestions ?? []).flatMap((s) => ('contact' in s && typeof s.contact === 'string' ? [s.contact] : [])));
  return [...new Set([DEFAULT_CONTACT, ...fromFramework, ...Object.keys(cluster?.contacts ?? {})])];
}

/** A contact row's label, which also names it in issues. */
export const contactLabel = (topic: string, field: ContactField) => text((m) => m.sheet.contactLabel({ topic, field, isDefault: topic === DEFAULT_CONTACT }));

export interface ContactCell {
  content: CellContent;
  where: Where;
}

/**
 * The contacts of the Cluster sheet's contact rows. A topic with any value needs a name; an
 * e-mail must be an address. A topic with a problem is reported at its cell and left out
 * (the reports then fall back to the default contact); the rest of the sheet is read as usual.
 */
export function readContacts(cells: ReadonlyMap<string, ContactCell>, sink: IssueSink): Record<string, MemberContact> | undefined {
  const topics = new Map<string, Partial<Record<ContactField, ContactCell>>>();
  for (const [key, cell] of cells) {
    const parsed = parseContactKey(key);
    if (parsed && cell.content.kind !== 'empty') topics.set(parsed.topic, { ...topics.get(parsed.topic), [parsed.field]: cell });
  }
  const contacts: Record<string, MemberContact> = {};
  for (const [topic, fields] of topics) {
    const value = (field: ContactField) => (fields[field] ? cellText(fields[field].content) : undefined);
    const name = value('name');
    const email = value('email');
    const phone = value('phone');
    if (name === undefined) {
      const at = fields.email ?? fields.phone;
      sink.add('cluster_value_missing', { label: contactLabel(topic, 'name') }, at?.where ?? {});
      continue;
    }
    if (email !== undefined && !isEmail(email)) {
      sink.add('cluster_value_invalid', { label: contactLabel(topic, 'email'), found: describeCell(fields.email!.content), expect: text((m) => m.expect.email) }, fields.email!.where);
      continue;
    }
    contacts[topic] = { name, ...(email !== undefined && { email }), ...(phone !== undefined && { phone }) };
  }
  return Object.keys(contacts).length > 0 ? contacts : undefined;
}

const describe = (c: MemberContact): string => [c.name, c.email, c.phone].filter((x) => x !== undefined).join(', ');

/**
 * The contacts of two workbooks of one cluster, merged: a key only one gives is taken; a key
 * both give differently keeps the first and is a conflict, to report.
 */
export function mergeContacts(
  first: Readonly<Record<string, MemberContact>> | undefined,
  other: Readonly<Record<string, MemberContact>> | undefined,
): { contacts: Record<string, MemberContact> | undefined; conflicts: { key: string; first: string; value: string }[] } {
  const contacts = { ...first };
  const conflicts: { key: string; first: string; value: string }[] = [];
  for (const [topic, contact] of Object.entries(other ?? {})) {
    const kept = contacts[topic];
    if (!kept) contacts[topic] = contact;
    else if (describe(kept) !== describe(contact)) conflicts.push({ key: `contact_${topic}`, first: describe(kept), value: describe(contact) });
  }
  return { contacts: Object.keys(contacts).length > 0 ? contacts : undefined, conflicts };
}

/** The contact rows of a Cluster sheet: key, label and value (the cluster's, when it has one). */
export function contactRows(framework: Framework, cluster: ClusterMeta | undefined): { key: string; topic: string; field: ContactField; value: string | null }[] {
  return contactTopics(framework, cluster).flatMap((topic) =>
    CONTACT_FIELDS.map((field) => ({ key: contactKey(topic, field), topic, field, value: cluster?.contacts?.[topic]?.[field] ?? null })),
  );
}
