import { Group, TextInput } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { viewRows, type TableAccessors } from './table-model';

export interface LocalTableProps<T> extends TableAccessors<T> {
  /** What the table lists, for screen readers ("Listings"). */
  label: string;
  rows: readonly T[];
  columns: DataTableColumn<T>[];
  idAccessor: keyof T & string;
  initialSort?: { column: string; direction: 'asc' | 'desc' };
  fetching?: boolean;
  emptyText?: string;
  /** Extra filter controls shown beside the text filter. */
  filters?: ReactNode;
  pageSizes?: number[];
  onRowClick?: (row: T) => void;
}

/** A table of rows the screen already has: filters, sorts and pages them in the browser. */
export function LocalTable<T>({
  label,
  rows,
  columns,
  idAccessor,
  initialSort,
  fetching,
  emptyText,
  filters,
  pageSizes = [10, 25, 50],
  onRowClick,
  ...accessors
}: LocalTableProps<T>) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(pageSizes[0] ?? 10);
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<T>>({
    columnAccessor: initialSort?.column ?? '',
    direction: initialSort?.direction ?? 'asc',
  });
  const view = useMemo(
    () =>
      viewRows(
        rows,
        {
          filter,
          page,
          pageSize,
          sortBy: sortStatus.columnAccessor ? String(sortStatus.columnAccessor) : undefined,
          direction: sortStatus.direction,
        },
        accessors,
      ),
    // accessors are stable functions of the screen; the rows and the view decide the page
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, filter, page, pageSize, sortStatus],
  );
  return (
    <div>
      <Group mb="xs" align="flex-end">
        <TextInput
          label={t('table.filter')}
          placeholder={t('table.filterPlaceholder')}
          value={filter}
          onChange={(event) => {
            setFilter(event.currentTarget.value);
            setPage(1);
          }}
          w={260}
        />
        {filters}
      </Group>
      <DataTable<T>
        aria-label={label}
        withTableBorder
        striped
        highlightOnHover
        minHeight={rows.length === 0 ? 150 : undefined}
        records={view.rows}
        columns={columns}
        idAccessor={idAccessor}
        fetching={fetching}
        noRecordsText={emptyText ?? t('table.empty')}
        totalRecords={view.total}
        page={view.page}
        onPageChange={setPage}
        recordsPerPage={pageSize}
        recordsPerPageOptions={pageSizes}
        onRecordsPerPageChange={(size) => {
          setPageSize(size);
          setPage(1);
        }}
        recordsPerPageLabel={t('table.perPage')}
        paginationText={({ from, to, totalRecords }) => t('table.range', { from, to, total: totalRecords })}
        getPaginationControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
        sortStatus={sortStatus}
        onSortStatusChange={setSortStatus}
        onRowClick={onRowClick ? ({ record }) => onRowClick(record) : undefined}
      />
    </div>
  );
}
