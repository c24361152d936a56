/** Every text of the page, in one language. */
export interface PageCatalogue {
  title: string;
  tagline: string;
  skip: string;
  nav: { round: string; results: string; history: string };
  language: string;
  template: { heading: string; intro: string; framework: string; lang: string; langBoth: string; xlsform: string; download: string };
  upload: {
    heading: string;
    intro: string;
    choose: string;
    drop: string;
    uploading: string;
    none: string;
    file: string;
    size: string;
    status: string;
    actions: string;
    ok: string;
    hasErrors: string;
    refused: string;
    /** The status of an upload with the same bytes as an earlier one. */
    duplicate: (first: string) => string;
    annotated: (file: string) => string;
    remove: (file: string) => string;
    clear: string;
    summary: (files: number, errors: number, warnings: number) => string;
  };
  side: {
    heading: string;
    intro: string;
    form: string;
    mapping: string;
    cluster: string;
    loaded: (file: string) => string;
    remove: (file: string) => string;
    /** A side file or baseline that was not taken: it is listed with its problems until replaced or dismissed. */
    refused: (file: string) => string;
    refusedNote: string;
    dismiss: (file: string) => string;
  };
  issues: {
    heading: string;
    filter: string;
    severity: string;
    all: string;
    none: string;
    shown: (shown: number, total: number) => string;
    /** More problems match than the table lists (ISSUE_ROWS): the first `listed` of `matching`, of `total` in all. */
    shownFirst: (listed: number, matching: number, total: number) => string;
    sortBy: (column: string) => string;
    columns: { file: string; sheet: string; cell: string; question: string; message: string; suggestion: string; severity: string };
    levels: { error: string; warning: string; info: string };
  };
  options: {
    heading: string;
    policy: string;
    noPolicy: string;
    reportLang: string;
    baseline: string;
    baselineNone: string;
    baselineFile: string;
    baselineStore: string;
    baselineUpload: string;
    baselineLoaded: (file: string) => string;
    /** Under the baseline upload while none is loaded: a round is refused until one is. */
    baselineNeeded: string;
    /** The page's own choice for what the CLI's --force-baseline does. */
    forceBaseline: string;
    forceBaselineNote: string;
    members: string;
    membersNote: string;
    sensitivity: string;
    sensitivityNote: string;
  };
  run: {
    heading: string;
    start: string;
    running: string;
    done: string;
    failed: string;
    progress: string;
    toResults: string;
    /** The heading of a stopped round's problems. */
    why: string;
    /** Beside the progress and the round's problems when some are the assessment's own, worded once in the report's language. */
    otherLang: (language: string) => string;
  };
  results: {
    heading: string;
    none: string;
    /** The round's problems: files left out and why, and every issue the assessment recorded. */
    issues: string;
    issuesIntro: string;
    /** Above the results, a link down to the round's problems. */
    issuesSummary: (errors: number, warnings: number, notes: number) => string;
    cluster: string;
    league: string;
    rank: string;
    rankInterval: string;
    clusterName: string;
    region: string;
    score: string;
    change: string;
    coverage: string;
    measure: string;
    scorecard: string;
    charts: string;
    /** The radar's alt text; it names the peer median and last year's line only where the chart draws them. */
    radarAlt: (cluster: string, drawn: { peers: boolean; lastYear: number | null }) => string;
    dimensionsAlt: (cluster: string) => string;
    attainmentAlt: (cluster: string) => string;
    indicators: string;
    indicator: string;
    value: string;
    unit: string;
    status: string;
    peerMedian: string;
    /** Under the indicator table: what the peer median column holds (as the PDF report's intro to the same table says). */
    peerMedianOf: { group: string; run: string; none: (minSize: number) => string; withCounts: (peers: string) => string };
    /** The policy alignment heading: the profile and its score. */
    policyHeading: (profile: string, score: string) => string;
    priority: string;
    attainment: string;
    gaps: string;
    target: string;
    recommendation: string;
    noGaps: string;
    /** A target beside its sign, as the PDF reports write one ("≥ 3.5"; Chinese "≥3.5"), never broken after the sign. */
    threshold: (sign: '≥' | '>' | '≤' | '<', value: string) => string;
    /** A target a count over the respondents cannot decide, as the PDF report's policy section says it. */
    targetRespondentsOnly: (indicator: string, target: string, value: string, atMost: boolean) => string;
    downloads: string;
    membersZip: (count: number) => string;
    membersNote: string;
    statusOk: string;
    statusInsufficient: string;
    notScored: string;
    respondents: (count: number) => string;
    /** Under an indicator that counts members or adds up their answers: it covers the respondents only. */
    amongRespondents: { count: (respondents: number) => string; sum: (respondents: number) => string };
    /** A count of members beside its policy target: "6 of 300 respondents". */
    ofRespondents: (value: string, respondents: number) => string;
  };
  history: {
    heading: string;
    noStore: string;
    empty: string;
    clusters: string;
    years: (years: string) => string;
    series: (cluster: string) => string;
    year: string;
    portfolio: string;
    portfolioIntro: string;
    open: (cluster: string) => string;
    chartAlt: (cluster: string, first: number, last: number) => string;
    trend: string;
    trendAlt: (cluster: string, points: string) => string;
    noTrend: string;
  };
  loading: string;
  /** Each language by its own name, for the note on lines in another language. */
  langNames: { en: string; zh: string };
  error: (message: string) => string;
  /** A refusal that came without the server's own words (from a proxy, or a lost connection). */
  /** The name of a table's sideways-scrolling region: not its section's name, which a landmark has already. */
  tableRegion: (name: string) => string;
  refusedWithout: (status: number) => string;
}
