import type { Lang } from '@clusterlens/schema';

/** Every text the CLI shows a user, in each language. */
interface Catalogue {
  description: string;
  templateDescription: string;
  assessDescription: string;
  demoDescription: string;
  optLang: string;
  optFramework: string;
  optOut: string;
  optJson: string;
  optQuiet: string;
  reading: (file: string) => string;
  wrote: (file: string) => string;
  unreadableFile: (file: string, reason: string) => string;
  unknownFramework: (name: string, known: string) => string;
  badFramework: (file: string) => string;
  duplicateCluster: (id: string, first: string) => string;
  duplicateClusterFix: string;
  nothingToAssess: string;
  noFixtures: (dir: string) => string;
  summary: (clusters: number, errors: number, warnings: number) => string;
  internalError: string;
  severity: Record<'error' | 'warning' | 'info', string>;
}

const en: Catalogue = {
  description: 'Assess industrial clusters from Excel surveys: competitiveness and policy alignment, as PDF reports and JSON.',
  templateDescription: 'Write a blank survey workbook for a framework, with dropdowns and input rules.',
  assessDescription: 'Score one or more cluster survey workbooks and write a PDF report per cluster plus results.json.',
  demoDescription: 'Run the bundled fixture clusters end to end (English and Chinese reports) into out/demo/.',
  optLang: 'language of the reports and messages',
  optFramework: 'framework id (built in) or path to a framework JSON file',
  optOut: 'output directory',
  optJson: 'print one machine-readable JSON document on stdout',
  optQuiet: 'print nothing but errors',
  reading: (file) => `reading ${file}`,
  wrote: (file) => `wrote ${file}`,
  unreadableFile: (file, reason) => `Cannot read ${file}: ${reason}`,
  unknownFramework: (name, known) => `Unknown framework "${name}". Built-in frameworks: ${known}; or give the path to a framework JSON file.`,
  badFramework: (file) => `The framework ${file} is not valid; see the issues above.`,
  duplicateCluster: (id, first) => `Cluster "${id}" was already read from ${first}; this workbook was not used.`,
  duplicateClusterFix: 'Give each cluster its own workbook, or correct cluster_id on the Cluster sheet.',
  nothingToAssess: 'No workbook could be read, so there is nothing to assess.',
  noFixtures: (dir) => `No fixture workbooks found in ${dir}.`,
  summary: (clusters, errors, warnings) => `${clusters} cluster(s) assessed; ${errors} error(s), ${warnings} warning(s) in the input.`,
  internalError: 'Internal error: this is a bug in ClusterLens. Please report it with the command you ran and the message above.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
};

const zh: Catalogue = {
  description: '根据 Excel 调查问卷评估产业集群：竞争力与政策协同，输出 PDF 报告和 JSON。',
  templateDescription: '按评估框架生成空白调查问卷工作簿（含下拉选项和输入规则）。',
  assessDescription: '对一个或多个集群调查工作簿评分，为每个集群生成 PDF 报告并输出 results.json。',
  demoDescription: '用内置示例集群完整运行一遍（中英文报告），输出到 out/demo/。',
  optLang: '报告和提示信息的语言',
  optFramework: '评估框架 id（内置）或框架 JSON 文件路径',
  optOut: '输出目录',
  optJson: '在标准输出打印一个机器可读的 JSON 文档',
  optQuiet: '只输出错误',
  reading: (file) => `正在读取 ${file}`,
  wrote: (file) => `已写入 ${file}`,
  unreadableFile: (file, reason) => `无法读取 ${file}：${reason}`,
  unknownFramework: (name, known) => `未知的评估框架“${name}”。内置框架：${known}；也可以给出框架 JSON 文件的路径。`,
  badFramework: (file) => `评估框架 ${file} 无效，详见上面的问题列表。`,
  duplicateCluster: (id, first) => `集群“${id}”已从 ${first} 读取，本工作簿未被使用。`,
  duplicateClusterFix: '每个集群使用单独的工作簿，或更正 Cluster 工作表中的 cluster_id。',
  nothingToAssess: '没有可读取的工作簿，无法评估。',
  noFixtures: (dir) => `在 ${dir} 中没有找到示例工作簿。`,
  summary: (clusters, errors, warnings) => `已评估 ${clusters} 个集群；输入中有 ${errors} 个错误、${warnings} 个警告。`,
  internalError: '内部错误：这是 ClusterLens 的缺陷。请连同所运行的命令和上面的信息一起报告。',
  severity: { error: '错误', warning: '警告', info: '提示' },
};

export const MESSAGES: Record<Lang, Catalogue> = { en, zh };

/** The language for CLI messages before any --lang flag is parsed: CLUSTERLENS_LANG, then LANG. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const hint = env.CLUSTERLENS_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return hint.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
