import type { ForeignKind, RefusalIssues, Text } from '../catalogue.js';
import { tableName, WORKBOOK_NAME, type TextSeparator } from '../../formats/table.js';

/** What the file turned out to be, as the predicate of “the file …”. */
const FOREIGN: Record<ForeignKind, string> = {
  empty: '是空文件',
  pdf: '是 PDF 文档',
  text: '是文本文件（例如 CSV）',
  other_zip: '是其他类型的压缩包（可能是 Word 或 OpenDocument 文件）',
  other_ole: '是其他类型的旧版 Office 文档（例如 Word 97–2003）',
  office_lock: '是 Excel 或 WPS 在工作簿打开期间保留的锁定文件',
  unknown: '的格式无法识别',
};

const SEPARATED: Record<TextSeparator, string> = {
  comma: '以逗号分隔各值的文本文件（即 CSV 文件）',
  semicolon: '以分号分隔各值的文本文件（按欧洲区域设置保存的 CSV 文件）',
  tab: '以制表符分隔各值的文本文件',
};

/** A text file given as a workbook, as en/refusal.ts says it. */
function textNotWorkbook(file: string, separator: TextSeparator | undefined): Text {
  const named = WORKBOOK_NAME.test(file);
  const what = separator ? SEPARATED[separator] : '纯文本文件';
  // Named otherwise and no table: what any file not a workbook is told.
  if (!named && !separator) return { message: `“${file}”${FOREIGN.text}，不是 Excel 工作簿（.xlsx）。`, suggestion: '请提交问卷工作簿本身，并用 Excel 另存为 .xlsx。' };
  const workbook = '用 Excel 打开原文件，另存为“Excel 工作簿（.xlsx）”';
  return {
    message: named ? `“${file}”虽以工作簿命名，但不是 Excel 工作簿，而是${what}。` : `“${file}”是${what}，不是 Excel 工作簿（.xlsx）。`,
    suggestion: separator
      ? `如果它是答案表格，请将其重命名为“${tableName(file, separator)}”，并同时提供映射文件，说明每列对应哪道题目；如果它应当是问卷工作簿，请${workbook}。`
      : `请提交问卷工作簿本身：${workbook}。`,
  };
}

const megabytes = (bytes: number): string => (bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * Files refused before any cell is read: one issue each, naming the file, with its own code
 * so scripts can tell the cases apart. None is a stack trace, all are errors.
 */
export const refusalZh: RefusalIssues = {
  not_a_workbook: (p) => (p.kind === 'text' ? textNotWorkbook(p.file, p.separator) : {
    message: `“${p.file}”${FOREIGN[p.kind]}，不是 Excel 工作簿（.xlsx）。`,
    suggestion: p.kind === 'office_lock' ? '请勿使用该文件：关闭工作簿后它会自动消失。如工作簿有尚未保存的修改，请先保存再重新检查。' : '请提交问卷工作簿本身，并用 Excel 另存为 .xlsx。',
  }),
  workbook_encrypted: (p) => ({
    message: `“${p.file}”设置了打开密码，无法读取。`,
    suggestion: '请用 Excel 打开，取消密码（文件 › 信息 › 保护工作簿）后重新保存。',
  }),
  legacy_xls: (p) => ({
    message: `“${p.file}”是旧版 Excel 97–2003 工作簿（.xls）。`,
    suggestion: '请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）。',
  }),
  corrupt_workbook: (p) => ({
    message: `“${p.file}”已损坏或不完整，无法打开。`,
    suggestion: '请重新发送该文件；如通过邮件传送，请确认附件完整。',
  }),
  file_too_large: (p) => ({
    message: `“${p.file}”大小为 ${megabytes(p.size)} MB，超过 ${megabytes(p.limit)} MB 的上限。`,
    suggestion: p.table ? '请将答案拆分到多个文件，或删去不需要的列。' : '请删除图片和无用的工作表，或将答案拆分到多个工作簿。',
  }),
  zip_too_large: (p) => ({
    message: `“${p.file}”解压后超过 ${megabytes(p.limit)} MB（至少 ${megabytes(p.size)} MB），远超问卷所需，未予打开。`,
    suggestion: '请用 Excel 将问卷重新另存为普通的 .xlsx 文件。',
  }),
  zip_ratio_too_high: (p) => ({
    message: `“${p.file}”中的部件（${p.entry}）解压后为压缩大小的 ${p.ratio} 倍（上限 ${p.limit} 倍），未予打开。`,
    suggestion: '请用 Excel 将问卷重新另存为普通的 .xlsx 文件。',
  }),
  sheet_too_large: (p) => ({
    message: `“${p.file}”的工作表“${p.sheet}”用到第 ${p.rows} 行、第 ${p.columns} 列；最多读取 ${p.maxRows} 行、${p.maxColumns} 列。`,
    suggestion: '请删除答案下方和右侧远处未使用的行和列，然后重新保存。',
  }),
  merged_area_too_large: (p) => ({
    message: `“${p.file}”的工作表“${p.sheet}”合并了 ${p.cells} 个单元格（上限 ${p.limit} 个），未予打开。`,
    suggestion: '请取消大范围的合并单元格（开始 › 合并后居中）后重新保存。',
  }),
};
