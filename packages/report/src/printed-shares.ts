/**
 * Weights as printed: percentages rounded so that the printed parts add up to the printed whole
 * (largest-remainder rounding). Rounded one by one, five weights of 0.273, 0.182 … print
 * 27% + 4 × 18% = 99%, and seven of 1/7 print 7 × 14.3% = 100.1%; here they print
 * 28% + 18% … = 100% and 14.3% … 14.2% = 100.0%. Each part is rounded down to the printed
 * precision, then the parts with the largest remainders get one unit more, until the parts
 * add up to their total rounded to that precision (ties: the earlier part first).
 */

// Against 0.29 × 100 = 28.999999999999996 being rounded down to 28.
const EPSILON = 1e-9;

/**
 * The shares (0–1) as they should print with `digits` decimals of a percentage (0: "28%",
 * 1: "14.3%"); null (no weight) stays null and takes no part.
 */
export function printedShares(shares: readonly (number | null)[], digits: number): (number | null)[] {
  const unit = 100 * 10 ** digits;
  const scaled = shares.map((s) => (s === null ? null : s * unit));
  const floors = scaled.map((x) => (x === null ? null : Math.floor(x + EPSILON)));
  const total = scaled.reduce<number>((sum, x) => sum + (x ?? 0), 0);
  let missing = Math.round(total) - floors.reduce<number>((sum, x) => sum + (x ?? 0), 0);
  const order = scaled
    .map((x, i) => ({ i, rest: x === null ? -1 : x - (floors[i] as number) }))
    .filter((r) => r.rest > EPSILON)
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const units = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    units[i] = (units[i] as number) + 1;
    missing -= 1;
  }
  return units.map((u) => (u === null ? null : u / unit));
}
