import type { Catalogue } from './catalogue.js';

export const zh: Catalogue = {
  forbiddenHost: (host) => `已拒绝：本服务不响应主机名“${host}”。请打开服务启动时打印的地址。`,
  forbiddenOrigin: (origin) => `已拒绝：来自其他网站（“${origin}”）的请求不得使用本服务。`,
  tokenRequired: '已拒绝：本服务需要访问令牌。请打开服务启动时打印的完整地址（含 ?token=…）。',
  notFound: '未找到：此地址下没有内容（可能属于较早的一轮）。',
  badRequest: (detail) => `请求无效：${detail}`,
  tooLarge: (file, limitMb) => `“${file}”超过 ${limitMb} MB 的上限，未被接收。`,
  tooManyFiles: (limit) => `每轮最多上传 ${limit} 个文件；请先移除部分文件。`,
  requestTooLarge: (limitMb) => `这些文件合计超过单次上传 ${limitMb} MB 的上限，均未被接收。请分批添加。`,
  sessionFull: (limitMb, usedMb) => `本次会话的上传文件合计上限为 ${limitMb} MB，现已占用 ${usedMb} MB；这些文件均未被接收。请先移除不再需要的文件。`,
  noFiles: '没有上传文件：请选择或拖入至少一个工作簿。',
  runBusy: '已有评估正在运行，请等待其完成。',
  nothingToRun: '没有可评估的已上传文件：请至少上传一个没有错误的工作簿。',
  noStore: '本服务启动时未指定结果库（--store），因此没有历史记录。',
  baselineNotJson: (file) => `“${file}”不是以往评估的 results.json。`,
  runFailed: (detail) => `评估已中止：${detail}`,
  internal: 'ClusterLens 内部出错（程序缺陷）。请连同服务日志一并报告。',
  listening: (url) => `ClusterLens 已就绪：${url}（按 Ctrl+C 停止）。`,
  tokenNote: '该地址含访问令牌：只分享给有权使用您文件的人。',
};
