import type { ReactNode } from 'react';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** The column's header text. */
  header: string;
  /** The cell of `row` in this column. */
  cell: (row: Row) => ReactNode;
  /** The cell names its row (a `<th scope="row">`); one column a table. */
  rowHeader?: boolean;
  className?: string;
  lang?: string;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row extends { id: string }> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  /** A class for the row, e.g. `inactive` for a disabled account. */
  rowClassName?: (row: Row) => string | undefined;
}

/** A `data-table` of records: a header row, then one row a record, keyed by its id. */
export function DataTable<Row extends { id: string }>({ columns, rows, rowClassName }: DataTableProps<Row>) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.header} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={rowClassName?.(row)}>
            {columns.map(({ header, cell, rowHeader, className, lang }) =>
              rowHeader ? (
                <th key={header} scope="row" className={className} lang={lang}>
                  {cell(row)}
                </th>
              ) : (
                <td key={header} className={className} lang={lang}>
                  {cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
