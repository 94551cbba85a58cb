import type { ReactNode } from 'react';
import { cx } from './cx';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Buttons at the end of a row. */
  action?: boolean;
  /** The cell that names the row; rendered as a row header for screen readers. */
  rowHeader?: boolean;
};

type DataTableProps<T> = {
  caption: ReactNode;
  /** Visually hide the caption when a heading right above says the same. */
  captionHidden?: boolean;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
};

/**
 * A KERN table. On a phone each row becomes a block of label–value lines (styles/app.css): every
 * cell carries its column's header in `data-label`, which the CSS shows in front of the value
 * but keeps from screen readers, as they announce the real column header anyway. A header that
 * is not plain text (e.g. a visually hidden one over buttons) gives no label.
 */
export function DataTable<T>({ caption, captionHidden, columns, rows, rowKey }: DataTableProps<T>) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table app-table--stacking">
        <caption className={cx('kern-title', captionHidden && 'kern-sr-only')}>{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={cx(
                  'kern-table__header',
                  column.numeric && 'kern-table__header--numeric',
                  column.action && 'kern-table__header--action',
                )}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="kern-table__row">
              {columns.map((column) => {
                const label = typeof column.header === 'string' ? column.header : undefined;
                const className = cx(
                  'kern-table__cell',
                  column.numeric && 'kern-table__cell--numeric',
                  column.action && 'kern-table__cell--action',
                );
                return column.rowHeader ? (
                  <th
                    key={column.key}
                    scope="row"
                    className={cx(className, 'app-row-header')}
                    data-label={label}
                  >
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className} data-label={label}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
