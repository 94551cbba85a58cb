import type { ReactNode } from 'react';

export type DescriptionItem = { key: string; label: ReactNode; value: ReactNode };

/** KERN description list (key – value pairs), e.g. for organisation details. */
export function DescriptionList({ items }: { items: DescriptionItem[] }) {
  return (
    <dl className="kern-description-list">
      {items.map((item) => (
        <div className="kern-description-list-item" key={item.key}>
          <dt className="kern-description-list-item__key">{item.label}</dt>
          <dd className="kern-description-list-item__value">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
