import type { Severity } from '@clusterlens/schema';
import { t } from './message-entry.js';

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
