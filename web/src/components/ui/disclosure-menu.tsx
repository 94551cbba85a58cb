import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { cx } from './cx';
import { useEscape } from './use-escape';

export type MenuLink = { to: string; label: string };

type DisclosureMenuProps = {
  label: ReactNode;
  links: MenuLink[];
  /** The link of the page on screen, marked as current. */
  currentTo?: string;
  /** Classes of the toggle button, so it can look like its neighbours. */
  buttonClassName?: string;
  /** After a link was chosen (e.g. to fold away a surrounding phone menu). */
  onNavigate?: () => void;
};

/**
 * A button that shows and hides a list of links (the disclosure pattern, not an ARIA menu:
 * links stay links and Tab walks through them). Escape closes it and returns focus to the
 * button; choosing a link, clicking elsewhere and tabbing out of it close it too.
 */
export function DisclosureMenu({
  label,
  links,
  currentTo,
  buttonClassName,
  onNavigate,
}: DisclosureMenuProps) {
  const [isOpen, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const hasCurrent = links.some((link) => link.to === currentTo);

  useEscape(rootRef, isOpen, () => {
    setOpen(false);
    buttonRef.current?.focus();
  });
  useEffect(() => {
    if (!isOpen) return;
    const closeWhenOutside = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeWhenOutside);
    document.addEventListener('focusin', closeWhenOutside);
    return () => {
      document.removeEventListener('pointerdown', closeWhenOutside);
      document.removeEventListener('focusin', closeWhenOutside);
    };
  }, [isOpen]);

  return (
    <div ref={rootRef} className="app-disclosure-menu">
      <button
        ref={buttonRef}
        type="button"
        className={cx('app-disclosure-menu__button', buttonClassName)}
        aria-expanded={isOpen}
        aria-controls={listId}
        data-has-current={hasCurrent}
        onClick={() => setOpen((open) => !open)}
      >
        {label}
        <span className="app-disclosure-menu__chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className="app-disclosure-menu__list" hidden={!isOpen}>
        {links.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              className="app-disclosure-menu__link"
              aria-current={link.to === currentTo ? 'page' : undefined}
              onClick={() => {
                setOpen(false);
                onNavigate?.();
              }}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
