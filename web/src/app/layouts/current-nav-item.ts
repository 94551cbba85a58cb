/**
 * The one navigation target the page at `pathname` belongs to: the longest target it lies
 * under, so /cases/dashboard is "Auswertung" and not also "Fälle", while /cases/123 is "Fälle".
 * The start page counts only for itself.
 */
export function findCurrentNavTarget(pathname: string, targets: string[]): string | undefined {
  let current: string | undefined;
  for (const target of targets) {
    const isUnder = pathname === target || (target !== '/' && pathname.startsWith(`${target}/`));
    if (isUnder && (current === undefined || target.length > current.length)) current = target;
  }
  return current;
}
