/**
 * Facts from `shared/seed/greeting-page.txt` that more than one element's default content uses.
 * Kept verbatim; each element's `*.content.ts` holds the rest of its default.
 */
export const FORMER_NAME = 'Japan International Training Cooperation Organization';
export const NEW_NAME = 'Japan International Trainee & Skilled Worker Cooperation Organization';
export const ABBREVIATION = 'JITCO';
export const NAME_CHANGE_DATE = '2020-04-01';
