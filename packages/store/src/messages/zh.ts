import type { Catalogue } from './catalogue.js';

/** Simplified Chinese texts of @clusterlens/store. */
export const zh: Catalogue = {
  store_unavailable: (p) => ({
    message: `无法打开结果库“${p.location}”：${p.reason}`,
    suggestion: '请检查文件路径或 postgres:// 连接串，并确认其指向 ClusterLens 结果库。',
  }),
  store_missing: (p) => ({
    message: `“${p.location}”处没有结果库`,
    suggestion: '请检查路径：结果库由第一次向其中记录的运行创建（带 --store 的 assess、batch 或 merge，或 history import）。',
  }),
  store_schema_newer: (p) => ({
    message: `结果库“${p.location}”的结构版本为 ${p.version}，高于本版 ClusterLens 支持的 ${p.known}`,
    suggestion: '请先升级 ClusterLens，再使用该结果库。',
  }),
  store_write_failed: (p) => ({
    message: `本次评估未能记入结果库“${p.location}”：${p.reason}；结果库保持原状`,
  }),
  store_read_failed: (p) => ({
    message: `无法读取结果库“${p.location}”：${p.reason}`,
  }),
  store_import_unreadable: (p) => ({
    message: `无法读取该文件：${p.reason}`,
  }),
  store_import_empty: () => ({
    message: '该文件不含任何集群结果，未导入任何内容',
  }),
};
