/** Compares in whole cents, so 45934.19 misses 45934.2 and float noise never decides. */
export function reachesAmount(amountEur: number, thresholdEur: number): boolean {
  return Math.round(amountEur * 100) >= Math.round(thresholdEur * 100);
}

export function roundToCents(amountEur: number): number {
  return Math.round(amountEur * 100) / 100;
}
