import type { AnnotateIssues, AnnotateTexts, LeftOutItem } from '../catalogue.js';

/** Texts of annotated workbooks: the issues sheet and the notes put on problem cells. */
export const annotateTextsZh: AnnotateTexts = {
  sheet: '问题清单',
  columns: {
    severity: '级别',
    code: '代码',
    sheet: '工作表',
    cell: '单元格',
    question: '题目',
    respondent: '填报主体',
    message: '问题',
    suggestion: '修改建议',
  },
  severity: {
    error: '错误',
    warning: '警告',
    info: '提示',
  },
  noteHeading: 'ClusterLens 检查结果',
};

function leftOutText(item: LeftOutItem): string {
  if (item.kind === 'sheet') return `XML 已损坏的工作表“${item.sheet}”`;
  if (item.kind === 'part') return `已损坏的部件 ${item.part}`;
  if (item.kind === 'drawings') return '其中的图片、图表和形状';
  return '其中的下拉列表等数据验证（覆盖的单元格过多）';
}

/** Warnings about annotated copies: what could not be kept. The CLI exits 1 on annotation_workbook_lost. */
export const annotateZh: AnnotateIssues = {
  annotation_parts_left_out: (p) => {
    const texts = p.items.map(leftOutText);
    return {
      message: `“${p.file}”的批注副本未能保留${texts.join('；')}。工作簿的其余内容均已保留，问题单元格已标出。`,
      suggestion: '缺少的内容请查看成员自己的文件；副本中的标记指出了需要更正之处。',
    };
  },
  annotation_workbook_lost: (p) => ({
    message: `“${p.file}”无法作为工作簿打开，批注副本未能保留任何工作表，只包含问题清单。`,
    suggestion: '请将此清单连同成员自己的文件一并发回，或请其用 Excel 重新保存工作簿。',
  }),
  annotation_workbook_too_large: (p) => ({
    message: `“${p.file}”过大，无法复制并标出问题单元格：其工作表达到 ${p.cells.toLocaleString('zh-CN')} 个单元格，而带标注的副本最多只为 ${p.limit.toLocaleString('zh-CN')} 个单元格制作（这样大的副本需要数 GB 内存）。副本只包含问题清单。`,
    suggestion: '清单中列出了每个问题及其工作表和单元格。单个成员的工作簿，或几千个成员以内的工作簿，可以带标注复制：请将更大的调查拆分为这样的工作簿，再发回给各成员。',
  }),
};
