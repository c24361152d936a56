import type { TableMessages } from '../catalogue/tables.js';

/** English column headers of the analyst workbook. */
export const tablesEn: TableMessages = {
  columns: {
    cluster_id: 'Cluster id', name_en: 'Name (English)', name_zh: 'Name (Chinese)', region: 'Region', industry_code: 'Industry code',
    survey_year: 'Survey year', respondents: 'Respondents', population: 'Firms surveyed', response_rate: 'Response rate',
    excluded_answers: 'Answers set aside', excluded_rows: 'Member rows left out', location_quotient: 'Location quotient', strong_cluster: 'Strong cluster', stars: 'Stars',
    policy_profile: 'Policy profile', policy_target_score: 'Policy target attainment', policy_uptake_score: 'Policy uptake', eligible: 'Eligible',
    dimension_id: 'Dimension', label_en: 'Label (English)', label_zh: 'Label (Chinese)', score: 'Score', coverage: 'Coverage', rank: 'Rank',
    peer_median: 'Peer median', change: 'Change vs baseline', indicator_id: 'Indicator', unit_en: 'Unit (English)', unit_zh: 'Unit (Chinese)',
    direction: 'Direction', rule: 'Member aggregation', goalpost_min: 'Lower goalpost', goalpost_max: 'Upper goalpost', value: 'Value',
    answers: 'Answers', status: 'Status', weight: 'Weight', effective_weight: 'Effective weight', member_id: 'Member id',
    chain_role: 'Chain position', integration_stage: 'Integration stage', severity: 'Severity', code: 'Code', message: 'Message',
    suggestion: 'Suggestion', file: 'File', sheet: 'Sheet', cell: 'Cell', question: 'Question', respondent: 'Respondent', effect: 'Effect on the data',
  },
  indexColumn: (p) => `${p.index}: ${p.what}`,
  dimensionColumn: (p) => `${p.dimension} ${p.what}`,
  what: { score: 'score', rank: 'rank', percentile: 'percentile', peerMedian: 'peer median', change: 'change', rankP5: 'rank 5%', rankP95: 'rank 95%' },
};
