/**
 * Care minimum wage for qualified nurses (Pflegemindestlohn, Pflegefachkräfte). It binds care
 * businesses only, so the assessment shows it as a warning, never as a pathway rule.
 */
export const careMinimumWage = {
  /** ISCO-08 unit groups whose holders are qualified nurses in German terms. */
  occupationCodes: ['2221', '3221'],
  /** Ordered by date; each rate holds from its date until the next one. */
  rates: [{ validFrom: '2025-07-01', eurPerHour: 20.5 }],
} as const;
