import type { Severity } from '@clusterlens/schema';
import { entry, t, type Text } from './message-entry.js';

/** Texts of annotated workbooks: the issues sheet and the notes put on problem cells. */
export const ANNOTATE_TEXT = {
  sheet: t('ClusterLens issues', '问题清单'),
  columns: {
    severity: t('Severity', '级别'),
    code: t('Code', '代码'),
    sheet: t('Sheet', '工作表'),
    cell: t('Cell', '单元格'),
    question: t('Question', '题目'),
    respondent: t('Respondent', '填报主体'),
    message: t('Problem', '问题'),
    suggestion: t('How to fix it', '修改建议'),
  },
  severity: {
    error: t('Error', '错误'),
    warning: t('Warning', '警告'),
    info: t('Note', '提示'),
  } satisfies Record<Severity, ReturnType<typeof t>>,
  noteHeading: t('ClusterLens check', 'ClusterLens 检查结果'),
};

/** What an annotated copy may have to do without. */
export type LeftOutItem = { kind: 'sheet'; sheet: string } | { kind: 'part'; part: string } | { kind: 'drawings' } | { kind: 'validations' };

function leftOutText(item: LeftOutItem): Text {
  if (item.kind === 'sheet') return t(`the sheet “${item.sheet}”, whose XML is broken`, `XML 已损坏的工作表“${item.sheet}”`);
  if (item.kind === 'part') return t(`the broken part ${item.part}`, `已损坏的部件 ${item.part}`);
  if (item.kind === 'drawings') return t('its pictures, charts and shapes', '其中的图片、图表和形状');
  return t('its dropdowns and other data validations, which cover too many cells', '其中的下拉列表等数据验证（覆盖的单元格过多）');
}

/** Warnings about annotated copies: what could not be kept. The CLI exits 1 on annotation_workbook_lost. */
export const ANNOTATE_ISSUES = {
  annotation_parts_left_out: entry<{ file: string; items: LeftOutItem[] }>('warning', (p) => {
    const texts = p.items.map(leftOutText);
    return {
      message: t(
        `The annotated copy of “${p.file}” could not keep ${texts.map((text) => text.en).join('; ')}. Everything else of the workbook is kept, with the problem cells marked.`,
        `“${p.file}”的批注副本未能保留${texts.map((text) => text.zh).join('；')}。工作簿的其余内容均已保留，问题单元格已标出。`,
      ),
      suggestion: t('For what is missing, look at the member’s own file; the marks in the copy show what to correct.', '缺少的内容请查看成员自己的文件；副本中的标记指出了需要更正之处。'),
    };
  }),
  annotation_workbook_lost: entry<{ file: string }>('warning', (p) => ({
    message: t(
      `No sheet of “${p.file}” could be kept in the annotated copy, since the file cannot be opened as a workbook; the copy holds the list of issues only.`,
      `“${p.file}”无法作为工作簿打开，批注副本未能保留任何工作表，只包含问题清单。`,
    ),
    suggestion: t('Send the member this list with their own file, or ask them to save the workbook again from Excel.', '请将此清单连同成员自己的文件一并发回，或请其用 Excel 重新保存工作簿。'),
  })),
};
