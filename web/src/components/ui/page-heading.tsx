import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../lib/use-document-title';

type PageHeadingProps = {
  /** The h1; also used for the browser tab title unless `documentTitle` is given. */
  title: string;
  documentTitle?: string;
  preline?: ReactNode;
  children?: ReactNode;
};

/**
 * The page's only h1. It is focusable (tabIndex -1) so that the layout can move focus to it
 * after a route change, as screen-reader users would otherwise not notice the new page.
 */
export function PageHeading({ title, documentTitle, preline, children }: PageHeadingProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="app-page-heading">
      <hgroup className="kern-hgroup">
        {preline ? <p className="kern-preline">{preline}</p> : null}
        <h1 className="kern-heading-large" tabIndex={-1} data-page-heading="">
          {title}
        </h1>
      </hgroup>
      {children ? <p className="kern-body kern-body--large">{children}</p> : null}
    </div>
  );
}
