/**
 * ISCO-08 groups of Blue Card shortage occupations (reduced salary threshold). An occupation
 * belongs to a group when its code starts with the group's code.
 */
export const blueCardShortageGroups = [
  '132',
  '133',
  '134',
  '143',
  '21',
  '221',
  '222',
  '225',
  '226',
  '23',
  '25',
] as const;

export function isBlueCardShortageOccupation(iscoCode: string): boolean {
  return blueCardShortageGroups.some((group) => iscoCode.startsWith(group));
}
