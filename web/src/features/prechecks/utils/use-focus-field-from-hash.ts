import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * The assessment's "still missing" links end in `#<field name>`: once the step shows, the field
 * with that name gets the focus. The timeout lets the layout's focus on the heading (after a
 * change of step) go first.
 */
export function useFocusFieldFromHash(): void {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a click on the same link again has a new key
  useEffect(() => {
    const name = decodeURIComponent(hash.slice(1));
    if (!name) return;
    const timer = setTimeout(() => {
      const field = document.getElementsByName(name)[0];
      field?.focus();
      field?.scrollIntoView({ block: 'center' });
    }, 0);
    return () => clearTimeout(timer);
  }, [hash, key]);
}

/** A link target that opens a step and focuses one of its fields. */
export function fieldLink(stepPath: string, fieldName: string): string {
  return `${stepPath}#${encodeURIComponent(fieldName)}`;
}
