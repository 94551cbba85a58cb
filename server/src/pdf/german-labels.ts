import type { PathwayResult, qualificationLevels, recognitionStatuses } from '@itc/shared';

type QualificationLevel = (typeof qualificationLevels)[number];
type RecognitionStatus = (typeof recognitionStatuses)[number];

export const qualificationLevelDe: Record<QualificationLevel, string> = {
  university: 'Hochschulabschluss',
  vocational: 'Berufsausbildung',
  none: 'keine formale Qualifikation',
};

export const recognitionDe: Record<RecognitionStatus, string> = {
  full: 'vollständig anerkannt',
  comparable: 'vergleichbar (Zeugnisbewertung/anabin)',
  partial: 'teilweise anerkannt (Defizitbescheid)',
  pending: 'Anerkennung beantragt',
  none: 'nicht anerkannt / nicht beantragt',
};

export const pathwayResultDe: Record<PathwayResult, string> = {
  eligible: 'möglich',
  conditional: 'möglich unter Bedingungen',
  not_eligible: 'nicht möglich',
};

export function yesNoDe(value: boolean | null): string | null {
  return value === null ? null : value ? 'ja' : 'nein';
}
