/**
 * Keys of the Regional sheet from which the location quotient is derived. The survey reader
 * and the built-in frameworks use these names.
 */
export const LQ_KEYS = {
  clusterEmployment: 'cluster_employment',
  regionEmployment: 'region_employment',
  nationalIndustryEmployment: 'national_industry_employment',
  nationalEmployment: 'national_employment',
} as const;

/**
 * Location quotient (区位熵): the industry's share of regional employment over its share of
 * national employment,
 *
 *   LQ = (cluster_employment / region_employment) / (national_industry_employment / national_employment)
 *
 * LQ > 1 means the region is more specialised in the industry than the nation.
 * Returns `null` unless all four figures are present, finite and positive (a zero or missing
 * figure makes the ratio meaningless, and we never report a silent zero).
 * @example locationQuotient({ cluster_employment: 300, region_employment: 1000,
 *   national_industry_employment: 100, national_employment: 1000 }) // 3
 */
export function locationQuotient(regional: Readonly<Record<string, number>>): number | null {
  const figures = [
    regional[LQ_KEYS.clusterEmployment],
    regional[LQ_KEYS.regionEmployment],
    regional[LQ_KEYS.nationalIndustryEmployment],
    regional[LQ_KEYS.nationalEmployment],
  ];
  if (!figures.every((f): f is number => typeof f === 'number' && Number.isFinite(f) && f > 0)) return null;
  const [cluster, region, nationalIndustry, national] = figures as [number, number, number, number];
  return cluster / region / (nationalIndustry / national);
}
