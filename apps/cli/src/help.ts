/** Examples shown at the end of each command's --help. */
export const EXAMPLES = {
  template: ['clusterlens template -o survey.xlsx', 'clusterlens template --lang zh -o 问卷.xlsx', 'clusterlens template --xlsform -o form.xlsx'],
  validate: [
    'clusterlens validate member-01.xlsx member-02.xlsx',
    'clusterlens validate returns/*.xlsx --json > issues.json',
    'clusterlens validate returns/*.xlsx --annotate marked/',
  ],
  assess: ['clusterlens assess survey.xlsx -o reports/', 'clusterlens assess a.xlsx b.xlsx --lang zh -o reports/'],
  batch: [
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025',
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025 --jobs 4 --resume',
    'clusterlens batch "surveys/**/*.xlsx" -o out/shard-3 --shard 3/8',
  ],
  merge: ['clusterlens merge out/shard-* -o out/2025'],
  demo: ['clusterlens demo', 'clusterlens demo -o /tmp/demo'],
} as const;

export function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
