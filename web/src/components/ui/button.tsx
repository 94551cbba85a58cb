import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

type CommonProps = {
  variant?: ButtonVariant;
  size?: 'default' | 'small';
  block?: boolean;
  /** A KERN icon name, e.g. "add", "logout", "check". */
  icon?: string;
  children: ReactNode;
};

function buttonClassName({
  variant = 'primary',
  size = 'default',
  block = false,
  className,
}: Pick<CommonProps, 'variant' | 'size' | 'block'> & { className?: string }) {
  return cx(
    'kern-btn',
    `kern-btn--${variant}`,
    size === 'small' && 'kern-btn--x-small',
    block && 'kern-btn--block',
    className,
  );
}

function ButtonContent({ icon, children }: Pick<CommonProps, 'icon' | 'children'>) {
  return (
    <>
      {icon ? <span className={`kern-icon kern-icon--${icon}`} aria-hidden="true" /> : null}
      <span className="kern-label">{children}</span>
    </>
  );
}

export type ButtonProps = CommonProps & ButtonHTMLAttributes<HTMLButtonElement>;

/** A KERN button; `type` defaults to "button" so that only the submit button submits. */
export function Button({
  variant,
  size,
  block,
  icon,
  children,
  className,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button type={type} className={buttonClassName({ variant, size, block, className })} {...props}>
      <ButtonContent icon={icon}>{children}</ButtonContent>
    </button>
  );
}

export type ButtonLinkProps = CommonProps & LinkProps;

/** A router link that looks like a KERN button (for navigation, not for actions). */
export function ButtonLink({
  variant,
  size,
  block,
  icon,
  children,
  className,
  ...props
}: ButtonLinkProps) {
  return (
    <Link className={buttonClassName({ variant, size, block, className })} {...props}>
      <ButtonContent icon={icon}>{children}</ButtonContent>
    </Link>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="kern-btn-wrapper">{children}</div>;
}
