/**
 * A unit without the brackets some framework units carry, such as "(score, 0–5)" or
 * "（分，0–5）": those are written to follow a label as they are (the reports do the same), so a
 * text that brackets a unit itself, or puts it after "Unit:", takes it bare.
 */
export const bareUnit = (unit: string): string => unit.replace(/^\((.*)\)$|^（(.*)）$/su, (_all, en: string | undefined, zh: string | undefined) => en ?? zh ?? '');
