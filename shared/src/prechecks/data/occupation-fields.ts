/** The fields the code lists group occupations into (filters, figures, audit). */
export const occupationFields = [
  'nursing',
  'care',
  'medicine',
  'engineering',
  'it',
  'science',
  'education',
  'social',
  'crafts',
  'hospitality',
  'logistics',
] as const;
export type OccupationField = (typeof occupationFields)[number];
