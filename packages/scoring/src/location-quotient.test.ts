import { describe, expect, it } from 'vitest';
import { locationQuotient } from './location-quotient.js';

const figures = { cluster_employment: 12_000, region_employment: 400_000, national_industry_employment: 600_000, national_employment: 750_000_000 };

describe('locationQuotient', () => {
  it('is (cluster / region) / (national industry / national)', () => {
    // (12,000 / 400,000) / (600,000 / 750,000,000) = 0.03 / 0.0008 = 37.5
    expect(locationQuotient(figures)).toBeCloseTo(37.5, 10);
  });
  it('is null when a figure is missing, zero or negative', () => {
    const { national_employment: _, ...missing } = figures;
    expect(locationQuotient(missing)).toBeNull();
    expect(locationQuotient({ ...figures, region_employment: 0 })).toBeNull();
    expect(locationQuotient({ ...figures, cluster_employment: -1 })).toBeNull();
  });
});
