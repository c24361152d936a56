import { entry, t, type Text } from './message-entry.js';
import type { XmlFault } from './stream/xml-problem.js';

type MalformedFault = Exclude<XmlFault, 'dtd'>;

/** What is wrong with a part's XML, as the predicate of “the part …”. */
const FAULTS: Record<MalformedFault, Text> = {
  truncated: t('ends before its last element is closed (the file was probably cut off)', '在最后一个元素闭合之前就结束了（文件可能被截断）'),
  mismatched_tag: t('closes an element that is not open', '闭合了一个并未打开的元素'),
  bad_reference: t('uses a reference that XML does not define', '使用了 XML 未定义的引用'),
  bad_markup: t('holds markup that is not XML', '含有不符合 XML 规范的标记'),
  outside_root: t('has content outside its root element', '在根元素之外还有内容'),
  wrong_root: t('is not the part its name says (its root element is another)', '并非其名称所示的部件（根元素不对）'),
  misplaced: t('puts an element where a worksheet cannot have one (a row or cell inside another, or outside the sheet data; markup inside a value)', '把元素放在了工作表中不应出现的位置（行或单元格嵌套在另一行或单元格中，或在表格数据之外；值中含有标记）'),
  row_order: t('numbers a row out of order (each row must come after the rows above it)', '行号顺序错乱（每一行都应排在其上方各行之后）'),
  cell_order: t('places a cell at or before the column of the cell before it in its row', '同一行中有单元格与前一单元格位置重复或顺序颠倒'),
};

/** What a damaged part costs: its sheet, only itself, or the whole workbook (the parts every sheet needs). */
export type DamageEffect = 'sheet' | 'part' | 'workbook';

type Part = { file: string; part: string };
type Malformed = Part & { sheet?: string; fault: MalformedFault; detail: string; effect: DamageEffect };

function malformed(p: Malformed): Text {
  const fault = FAULTS[p.fault];
  const what = t(`${p.part} ${fault.en}: “${p.detail}”`, `${p.part} ${fault.zh}：“${p.detail}”`);
  if (p.effect === 'sheet') {
    return t(
      `The sheet “${p.sheet ?? ''}” of “${p.file}” is damaged: its XML (${p.part}) ${fault.en}: “${p.detail}”. Nothing from this sheet was read.`,
      `“${p.file}”的工作表“${p.sheet ?? ''}”已损坏：其 XML（${p.part}）${fault.zh}：“${p.detail}”。该工作表的内容均未读取。`,
    );
  }
  if (p.effect === 'part') {
    return t(
      `A part of “${p.file}” is damaged: ${what.en}. That part was left out; the sheets were read.`,
      `“${p.file}”的一个部件已损坏：${what.zh}。该部件已略去，各工作表照常读取。`,
    );
  }
  return t(
    `“${p.file}” is damaged: ${what.en}. Every sheet depends on this part, so nothing was read.`,
    `“${p.file}”已损坏：${what.zh}。所有工作表都依赖该部件，因此未读取任何内容。`,
  );
}

const RESAVE = t(
  'Open the file in Excel, which repairs what it can, and save it again; or send it again, making sure the whole file arrives.',
  '请用 Excel 打开该文件（Excel 会尽量修复）并重新保存；或重新发送，并确认文件完整送达。',
);

/** Workbook parts that are not sound XML: refused (a DTD) or reported as damaged, never read in part. */
export const PACKAGE_ISSUES = {
  xml_malformed: entry<Malformed>('error', (p) => ({
    message: malformed(p),
    suggestion: RESAVE,
  })),
  sheet_part_missing: entry<Part & { sheet: string }>('error', (p) => ({
    message: t(
      `The sheet “${p.sheet}” is listed in “${p.file}”, but its part (${p.part}) is missing: the file is incomplete. Nothing from this sheet was read.`,
      `“${p.file}”列有工作表“${p.sheet}”，但缺少其部件（${p.part}）：文件不完整。该工作表的内容均未读取。`,
    ),
    suggestion: RESAVE,
  })),
  xml_dtd_refused: entry<Part & { detail: string }>('error', (p) => ({
    message: t(
      `“${p.file}” was refused unread: its part ${p.part} declares a document type or entities (“${p.detail}”), which workbooks never need and which can hide expansions that exhaust memory.`,
      `“${p.file}”未予读取：其部件 ${p.part} 声明了文档类型或实体（“${p.detail}”）；工作簿从不需要这类声明，而它们可能隐藏耗尽内存的实体展开。`,
    ),
    suggestion: t(
      'Open the file in Excel and save it again as an Excel Workbook (.xlsx); if another program made it, ask whoever runs that program.',
      '请用 Excel 打开该文件，另存为 Excel 工作簿（.xlsx）；如由其他程序生成，请联系该程序的维护者。',
    ),
  })),
};
