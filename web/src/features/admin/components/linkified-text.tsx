import { Fragment } from 'react';

const urlPattern = /(https?:\/\/[^\s<>"']+)/g;
/** Punctuation that ends a sentence rather than the link. */
const trailingPunctuation = /[.,;:!?)\]]+$/;

/** Plain e-mail text with its web addresses turned into links. */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.length}`;
        if (index % 2 === 0) return <Fragment key={key}>{part}</Fragment>;
        const trailing = part.match(trailingPunctuation)?.[0] ?? '';
        const url = trailing ? part.slice(0, -trailing.length) : part;
        return (
          <Fragment key={key}>
            <a className="kern-link" href={url}>
              {url}
            </a>
            {trailing}
          </Fragment>
        );
      })}
    </>
  );
}
