import type { Catalogue } from './catalogue.js';

export const zh: Catalogue = {
  forbiddenHost: (host) => `已拒绝：本服务不响应主机名“${host}”。请打开服务启动时打印的地址。`,
  forbiddenOrigin: (origin) => `已拒绝：来自其他网站（“${origin}”）的请求不得使用本服务。`,
  tokenRequired: '已拒绝：本服务需要访问令牌。请打开服务启动时打印的完整地址（含 ?token=…）。',
  notFound: '未找到：此地址下没有内容（可能属于较早的一轮）。',
  badRequest: (detail) => `请求无效：${detail}`,
  fieldRange: (field, min, max) => `“${field}”须为 ${min} 到 ${max} 之间的整数。`,
  fieldChoice: (field, allowed) => `“${field}”须为以下之一：${allowed}。`,
  unknownField: (field) => `此请求不接受“${field}”这一选项。`,
  fieldInvalid: (field) => `“${field}”的取值类型不符合要求。`,
  tooLarge: (file, limitMb) => `“${file}”超过 ${limitMb} MB 的上限，未被接收。`,
  tooManyFiles: (limit) => `每轮最多上传 ${limit} 个文件；请先移除部分文件。`,
  requestTooLarge: (limitMb) => `这些文件合计超过单次上传 ${limitMb} MB 的上限，均未被接收。请分批添加。`,
  sessionFull: (limitMb, usedMb) => `本次会话的上传文件合计上限为 ${limitMb} MB，现已占用 ${usedMb} MB；这些文件均未被接收。请先移除不再需要的文件。`,
  noFiles: '没有上传文件：请选择或拖入至少一个工作簿。',
  runBusy: '已有评估正在运行，请等待其完成。',
  nothingToRun: '没有可评估的已上传文件：请至少上传一个没有错误的工作簿。',
  noStore: '本服务没有结果库，因此没有可对比或可记入的历史记录。',
  baselineMissing: '您选择了与以往的 results.json 对比，但尚未载入该文件：请在“对比的上一年”处添加，或在该处选择“无”。',
  baselineNotEarlier: (file, years) => ({
    message: `“${file}”的调查年份为 ${years} 年，不早于本轮的调查年份：与之相比的变化并非逐年的真实变化。`,
    suggestion: '请在“对比的上一年”处添加上一年度的 results.json，或在该处勾选“即使不早于本轮也进行对比”，然后重新运行。',
  }),
  duplicateUpload: (file, first) => ({
    message: `“${file}”与先前添加的“${first}”内容完全相同：已从本轮中略去，以免其会员被重复计算。`,
    suggestion: '无需处理：该文件只评估一次。如需整理列表，可移除其中一个。',
  }),
  renamedUpload: (given, name) => ({
    message: `先前已有文件以“${given}”添加：此文件列为“${name}”。`,
  }),
  leftOut: (file, reasons) => ({
    message: `“${file}”未纳入本轮：${reasons}`,
    suggestion: '请更正该文件，在“2. 交回的工作簿”处重新添加，然后重新运行评估。',
  }),
  runStopped: '评估在得出结果之前已中止。',
  runFailed: (detail) => `评估已中止：${detail}`,
  advice: {
    unknown_format: '请用 Excel 另存为 .xlsx（普通表格也可存为 .csv）后重新添加。',
    cluster_meta_missing: '请在工作簿列表上方的“KoboToolbox / ODK 导出及其他表格”处添加集群信息文件（.json）。',
  },
  commandWords: [['（clusterlens template）', '（本页“1. 调查模板”）']],
  internal: 'ClusterLens 内部出错（程序缺陷）。请连同服务日志一并报告。',
  listening: (url) => `ClusterLens 已就绪：${url}（按 Ctrl+C 停止）。`,
  tokenNote: '该地址含访问令牌：只分享给有权使用您文件的人。',
};
