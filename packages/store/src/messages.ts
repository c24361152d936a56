import type { Issue, Lang, LocalizedText, Severity } from '@clusterlens/schema';

/**
 * Every user-visible text of @clusterlens/store, in English and Simplified Chinese (terms from
 * the glossary of DESIGN.md §10). Reasons quoted from a database driver stay as the driver
 * wrote them. Tests compare against this catalogue.
 */
export interface Text {
  message: LocalizedText;
  suggestion?: LocalizedText;
}

export const MESSAGES = {
  store_unavailable: (p: { location: string; reason: string }): Text => ({
    message: {
      en: `the results store "${p.location}" could not be opened: ${p.reason}`,
      zh: `无法打开结果库“${p.location}”：${p.reason}`,
    },
    suggestion: {
      en: 'Check the file path or the postgres:// connection string, and that it names a ClusterLens results store.',
      zh: '请检查文件路径或 postgres:// 连接串，并确认其指向 ClusterLens 结果库。',
    },
  }),
  store_schema_newer: (p: { location: string; version: number; known: number }): Text => ({
    message: {
      en: `the results store "${p.location}" has schema version ${p.version}, newer than the ${p.known} this version of ClusterLens knows`,
      zh: `结果库“${p.location}”的结构版本为 ${p.version}，高于本版 ClusterLens 支持的 ${p.known}`,
    },
    suggestion: { en: 'Update ClusterLens before using this store.', zh: '请先升级 ClusterLens，再使用该结果库。' },
  }),
  store_write_failed: (p: { location: string; reason: string }): Text => ({
    message: {
      en: `the run could not be recorded in the results store "${p.location}": ${p.reason}; the store was left as it was`,
      zh: `本次评估未能记入结果库“${p.location}”：${p.reason}；结果库保持原状`,
    },
  }),
  store_read_failed: (p: { location: string; reason: string }): Text => ({
    message: {
      en: `the results store "${p.location}" could not be read: ${p.reason}`,
      zh: `无法读取结果库“${p.location}”：${p.reason}`,
    },
  }),
  store_import_unreadable: (p: { reason: string }): Text => ({
    message: { en: `the file could not be read: ${p.reason}`, zh: `无法读取该文件：${p.reason}` },
  }),
  store_import_not_json: (p: { reason: string }): Text => ({
    message: { en: `the file is not valid JSON: ${p.reason}`, zh: `该文件不是有效的 JSON：${p.reason}` },
    suggestion: { en: 'Import the results.json that ClusterLens wrote.', zh: '请导入 ClusterLens 生成的 results.json。' },
  }),
  store_import_empty: (): Text => ({
    message: { en: 'the file holds no cluster results, so nothing was imported', zh: '该文件不含任何集群结果，未导入任何内容' },
  }),
} as const;

export type MessageCode = keyof typeof MESSAGES;
type Params<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]>[0];

/** An Issue from the catalogue, in one language, optionally naming the file it is about. */
export function storeIssue<C extends MessageCode>(
  severity: Severity,
  code: C,
  params: Params<C>,
  lang: Lang,
  file?: string,
): Issue {
  const text = (MESSAGES[code] as (p: Params<C>) => Text)(params);
  return {
    severity,
    code,
    message: text.message[lang],
    ...(text.suggestion ? { suggestion: text.suggestion[lang] } : {}),
    ...(file === undefined ? {} : { file }),
  };
}
