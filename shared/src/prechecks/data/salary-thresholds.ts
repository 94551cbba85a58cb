/**
 * Figures per calendar year. A year may carry the minimum wage before its contribution ceiling
 * is published (the ceiling comes with each year's Rechengrößenverordnung), so the ceiling is
 * optional: such a year still uses its own minimum wage and falls back for the salary thresholds.
 * Adding a year is adding a row.
 */
export type YearlyFigures = {
  /** Contribution ceiling of the statutory pension insurance (BBG), EUR per year. */
  contributionCeilingEur?: number;
  /** Statutory minimum wage, EUR per hour. */
  minimumWageEurPerHour: number;
};

export const yearlyFigures: Readonly<Record<number, YearlyFigures>> = {
  2025: { contributionCeilingEur: 96_600, minimumWageEurPerHour: 12.82 },
  2026: { contributionCeilingEur: 101_400, minimumWageEurPerHour: 13.9 },
  2027: { minimumWageEurPerHour: 14.6 },
};

/** Salary thresholds as percentages of the contribution ceiling. */
export const thresholdPercentages = {
  blueCardGeneral: 50,
  /** Shortage occupations, degree at most 3 years old, IT specialists without a degree. */
  blueCardReduced: 45.3,
  /** § 19c(2) experience-based employment. */
  experienceBased: 45,
  /** § 18(2) Nr. 5: first work title for § 18a / § 18b at age 45 or older. */
  age45: 55,
} as const;
