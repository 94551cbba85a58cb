import { type GermanLevel, germanLevels } from '../precheck-input.schema';

export function hasGermanAtLeast(level: GermanLevel, minimum: GermanLevel): boolean {
  return germanLevels.indexOf(level) >= germanLevels.indexOf(minimum);
}
