/** English word forms the catalogue needs: ordinals and sentence case of names. */

/** "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st" from a rank as printed. */
export function ordinal(rank: string): string {
  const n = Number(rank.replace(/,/gu, ''));
  if (!Number.isInteger(n)) return rank;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${rank}${suffix}`;
}

// A first word in capitals ("MIIT", "R&D", "HHI") or with a capital inside ("eCommerce") stays as written.
const KEEP_CASE = /^\S*[A-Z&]\S*[A-Z]|^\S[^\s]*[A-Z]/u;

/** A name inside a sentence: first letter lower-cased unless the first word is an acronym or mixed case. */
export function inSentence(name: string): string {
  return KEEP_CASE.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
