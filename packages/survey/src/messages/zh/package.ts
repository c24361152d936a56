import type { MalformedFault, PackageIssues } from '../catalogue.js';

/** What is wrong with a part's XML, as the predicate of “the part …”. */
const FAULTS: Record<MalformedFault, string> = {
  truncated: '在最后一个元素闭合之前就结束了（文件可能被截断）',
  mismatched_tag: '闭合了一个并未打开的元素',
  bad_reference: '使用了 XML 未定义的引用',
  bad_markup: '含有不符合 XML 规范的标记',
  outside_root: '在根元素之外还有内容',
  wrong_root: '并非其名称所示的部件（根元素不对）',
  misplaced: '把元素放在了工作表中不应出现的位置（行或单元格嵌套在另一行或单元格中，或在表格数据之外；值中含有标记）',
  row_order: '行号顺序错乱（每一行都应排在其上方各行之后）',
  cell_order: '同一行中有单元格与前一单元格位置重复或顺序颠倒',
};

function malformed(p: Parameters<PackageIssues['xml_malformed']>[0]): string {
  const fault = FAULTS[p.fault];
  const what = `${p.part} ${fault}：“${p.detail}”`;
  if (p.effect === 'sheet') {
    return `“${p.file}”的工作表“${p.sheet ?? ''}”已损坏：其 XML（${p.part}）${fault}：“${p.detail}”。该工作表的内容均未读取。`;
  }
  if (p.effect === 'part') {
    return `“${p.file}”的一个部件已损坏：${what}。该部件已略去，各工作表照常读取。`;
  }
  return `“${p.file}”已损坏：${what}。所有工作表都依赖该部件，因此未读取任何内容。`;
}

const RESAVE = '请用 Excel 打开该文件（Excel 会尽量修复）并重新保存；或重新发送，并确认文件完整送达。';

/** Workbook parts that are not sound XML: refused (a DTD) or reported as damaged, never read in part. */
export const packageZh: PackageIssues = {
  xml_malformed: (p) => ({
    message: malformed(p),
    suggestion: RESAVE,
  }),
  sheet_part_missing: (p) => ({
    message: `“${p.file}”列有工作表“${p.sheet}”，但缺少其部件（${p.part}）：文件不完整。该工作表的内容均未读取。`,
    suggestion: RESAVE,
  }),
  xml_dtd_refused: (p) => ({
    message: `“${p.file}”未予读取：其部件 ${p.part} 声明了文档类型或实体（“${p.detail}”）；工作簿从不需要这类声明，而它们可能隐藏耗尽内存的实体展开。`,
    suggestion: '请用 Excel 打开该文件，另存为 Excel 工作簿（.xlsx）；如由其他程序生成，请联系该程序的维护者。',
  }),
};
