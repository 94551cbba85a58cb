import { expect, it } from 'vitest';
import { isBlueCardShortageOccupation } from './blue-card-shortage-groups';

it.each([
  { code: '1321', shortage: true },
  { code: '1431', shortage: true },
  { code: '1411', shortage: false },
  { code: '2166', shortage: true },
  { code: '2251', shortage: true },
  { code: '2240', shortage: false },
  { code: '2359', shortage: true },
  { code: '2431', shortage: false },
  { code: '3221', shortage: false },
])('ISCO $code is a Blue Card shortage occupation: $shortage', ({ code, shortage }) => {
  expect(isBlueCardShortageOccupation(code)).toBe(shortage);
});
