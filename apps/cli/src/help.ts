/** Examples shown at the end of each command's --help. */
export const EXAMPLES = {
  template: ['clusterlens template -o survey.xlsx', 'clusterlens template --lang zh -o survey-zh.xlsx', 'clusterlens template --xlsform -o form.xlsx'],
  validate: [
    'clusterlens validate member-01.xlsx member-02.xlsx',
    'clusterlens validate returns/*.xlsx --json > issues.json',
    'clusterlens validate returns/*.xlsx --annotate marked/',
  ],
  assess: [
    'clusterlens assess survey.xlsx -o reports/',
    'clusterlens assess a.xlsx b.xlsx --lang zh --policy miit-2022-sme-clusters -o reports/',
    'clusterlens assess survey.xlsx --baseline reports-2024/results.json --members --min-group 5 -o reports/',
    'clusterlens assess survey-2025.xlsx --store history.db -o reports-2025/   # baseline: the latest earlier year in history.db',
    'clusterlens assess kobo-export.xlsx --form form.xlsx --cluster cluster.json -o reports/',
    'clusterlens assess google-form.csv --mapping mapping.json -o reports/',
  ],
  index: [
    'clusterlens index --meta iMeta.csv --data iData.csv -o scores.csv',
    'clusterlens index --meta iMeta.csv --data iData.csv --weights w.csv --normalise zscore --range 10,2 --aggregate gmean -o scores.csv',
    'clusterlens index --meta iMeta.csv --data iData.csv --sensitivity 1000 --seed 7 -o scores.csv   # + scores.sensitivity.csv',
  ],
  batch: [
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025',
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025 --jobs 4 --resume',
    'clusterlens batch "surveys/**/*.xlsx" -o out/shard-3 --shard 3/8',
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025 --baseline out/2024/results.json --sensitivity 1000',
    'clusterlens batch "surveys/**/*.xlsx" -o out/2025 --members --member-passwords passwords.csv   # cluster_id,respondent_id,password',
  ],
  merge: ['clusterlens merge out/shard-* -o out/2025', 'clusterlens merge out/shard-* -o out/2025 --store history.db'],
  history: [
    'clusterlens history list --store history.db',
    'clusterlens history export --store history.db --level dimension --id D3 -o d3.csv',
    'clusterlens history export --store postgres://analyst@db.example/clusterlens --cluster zhili-kidswear -o zhili.xlsx',
    'clusterlens history import --store history.db out/2023/results.json out/2024/results.json',
  ],
  'history list': ['clusterlens history list --store history.db', 'clusterlens history list --store history.db --json'],
  'history export': [
    'clusterlens history export --store history.db -o history.csv',
    'clusterlens history export --store history.db --level index --level dimension --cluster zhili-kidswear -o zhili.xlsx',
  ],
  'history import': ['clusterlens history import --store history.db out/2023/results.json out/2024/results.json'],
  demo: ['clusterlens demo', 'clusterlens demo -o /tmp/demo'],
  serve: ['clusterlens serve', 'clusterlens serve --port 8090 --store history.db', 'clusterlens serve --host 0.0.0.0   # prints an address with an access token'],
} as const;

export function examples(lines: readonly string[], heading: string): string {
  return `\n${heading}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
