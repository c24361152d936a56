import { entry, t } from './message-entry.js';

/** What a file that is not a workbook turned out to be, as far as its first bytes tell. */
export type ForeignKind = 'empty' | 'pdf' | 'text' | 'other_zip' | 'other_ole' | 'unknown';

const FOREIGN = {
  empty: t('is empty', '是空文件'),
  pdf: t('is a PDF document', '是 PDF 文档'),
  text: t('is a text file (for example CSV)', '是文本文件（例如 CSV）'),
  other_zip: t('is a zip archive but not an Excel workbook (perhaps a Word or OpenDocument file)', '是压缩包，但不是 Excel 工作簿（可能是 Word 或 OpenDocument 文件）'),
  other_ole: t('is an old Office document that is not a workbook', '是旧版 Office 文档，但不是工作簿'),
  unknown: t('is not in a format ClusterLens knows', '的格式无法识别'),
};

const megabytes = (bytes: number): string => (bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
type File = { file: string };

/**
 * Files refused before any cell is read: one issue each, naming the file, with its own code
 * so scripts can tell the cases apart. None is a stack trace, all are errors.
 */
export const REFUSAL_ISSUES = {
  not_a_workbook: entry<File & { kind: ForeignKind }>('error', (p) => ({
    message: t(`“${p.file}” ${FOREIGN[p.kind].en}, not an Excel workbook (.xlsx).`, `“${p.file}”${FOREIGN[p.kind].zh}，不是 Excel 工作簿（.xlsx）。`),
    suggestion: t('Send the survey workbook itself, saved from Excel as .xlsx.', '请提交问卷工作簿本身，并用 Excel 另存为 .xlsx。'),
  })),
  workbook_encrypted: entry<File>('error', (p) => ({
    message: t(`“${p.file}” is protected by a password, so it cannot be read.`, `“${p.file}”设置了打开密码，无法读取。`),
    suggestion: t('Open it in Excel, remove the password (File › Info › Protect Workbook) and save it again.', '请用 Excel 打开，取消密码（文件 › 信息 › 保护工作簿）后重新保存。'),
  })),
  legacy_xls: entry<File>('error', (p) => ({
    message: t(`“${p.file}” is an old Excel 97–2003 workbook (.xls).`, `“${p.file}”是旧版 Excel 97–2003 工作簿（.xls）。`),
    suggestion: t('Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).', '请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）。'),
  })),
  corrupt_workbook: entry<File>('error', (p) => ({
    message: t(`“${p.file}” is damaged or incomplete and cannot be opened.`, `“${p.file}”已损坏或不完整，无法打开。`),
    suggestion: t('Send the file again; if it was e-mailed, make sure the whole attachment arrived.', '请重新发送该文件；如通过邮件传送，请确认附件完整。'),
  })),
  file_too_large: entry<File & { size: number; limit: number }>('error', (p) => ({
    message: t(
      `“${p.file}” is ${megabytes(p.size)} MB, more than the limit of ${megabytes(p.limit)} MB.`,
      `“${p.file}”大小为 ${megabytes(p.size)} MB，超过 ${megabytes(p.limit)} MB 的上限。`,
    ),
    suggestion: t('Remove pictures and unused sheets, or split the answers over several workbooks.', '请删除图片和无用的工作表，或将答案拆分到多个工作簿。'),
  })),
  zip_too_large: entry<File & { size: number; limit: number }>('error', (p) => ({
    message: t(
      `“${p.file}” unpacks to more than ${megabytes(p.limit)} MB (at least ${megabytes(p.size)} MB), far more than a survey needs; it was not opened.`,
      `“${p.file}”解压后超过 ${megabytes(p.limit)} MB（至少 ${megabytes(p.size)} MB），远超问卷所需，未予打开。`,
    ),
    suggestion: t('Save the survey again from Excel as a normal .xlsx file.', '请用 Excel 将问卷重新另存为普通的 .xlsx 文件。'),
  })),
  zip_ratio_too_high: entry<File & { entry: string; ratio: number; limit: number }>('error', (p) => ({
    message: t(
      `“${p.file}” contains a part (${p.entry}) that unpacks to ${p.ratio} times its packed size (the limit is ${p.limit}); it was not opened.`,
      `“${p.file}”中的部件（${p.entry}）解压后为压缩大小的 ${p.ratio} 倍（上限 ${p.limit} 倍），未予打开。`,
    ),
    suggestion: t('Save the survey again from Excel as a normal .xlsx file.', '请用 Excel 将问卷重新另存为普通的 .xlsx 文件。'),
  })),
  sheet_too_large: entry<File & { sheet: string; rows: number; columns: number; maxRows: number; maxColumns: number }>('error', (p) => ({
    message: t(
      `The sheet “${p.sheet}” of “${p.file}” reaches row ${p.rows} and column ${p.columns}; at most ${p.maxRows} rows and ${p.maxColumns} columns are read.`,
      `“${p.file}”的工作表“${p.sheet}”用到第 ${p.rows} 行、第 ${p.columns} 列；最多读取 ${p.maxRows} 行、${p.maxColumns} 列。`,
    ),
    suggestion: t('Delete the unused rows and columns far below and to the right of the answers, then save again.', '请删除答案下方和右侧远处未使用的行和列，然后重新保存。'),
  })),
  merged_area_too_large: entry<File & { sheet: string; cells: number; limit: number }>('error', (p) => ({
    message: t(
      `The sheet “${p.sheet}” of “${p.file}” merges ${p.cells} cells (the limit is ${p.limit}); it was not opened.`,
      `“${p.file}”的工作表“${p.sheet}”合并了 ${p.cells} 个单元格（上限 ${p.limit} 个），未予打开。`,
    ),
    suggestion: t('Unmerge the large merged areas (Home › Merge & Center) and save again.', '请取消大范围的合并单元格（开始 › 合并后居中）后重新保存。'),
  })),
};
