import { type RefObject, useEffect, useEffectEvent } from 'react';

/**
 * While `isActive`, Escape pressed inside `ref` calls `onEscape`, and goes no further, so that
 * with one disclosure inside another only the inner one closes.
 */
export function useEscape(
  ref: RefObject<HTMLElement | null>,
  isActive: boolean,
  onEscape: () => void,
) {
  const handleEscape = useEffectEvent(onEscape);
  useEffect(() => {
    const element = ref.current;
    if (!isActive || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      handleEscape();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [ref, isActive]);
}
