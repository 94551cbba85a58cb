import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { cx } from './cx';

/** An in-app link in KERN style. */
export function TextLink({ className, ...props }: LinkProps) {
  return <Link className={cx('kern-link', className)} {...props} />;
}

type ExternalLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  children: ReactNode;
};

/** A link to another site; says so to screen-reader users as well. */
export function ExternalLink({ className, children, ...props }: ExternalLinkProps) {
  return (
    <a className={cx('kern-link', className)} rel="noopener noreferrer" {...props}>
      {children}
    </a>
  );
}
