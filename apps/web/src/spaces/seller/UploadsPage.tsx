import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { graphqlUrls } from '../../api/client';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { mutateWithProgress, readAsBase64 } from '../../api/upload';
import { useFormat } from '../../components/format';
import { LocalTable } from '../../components/LocalTable';
import { ProblemAlert, useProblemText } from '../../components/problems';
import { accessToken } from '../../session/SessionProvider';
import type { CatalogUploadRowsQuery, UploadFieldsFragment, UploadRowOutcome } from './gql/graphql';
import { useSellerListings } from './seller-listings';
import {
  CatalogUploadDocument,
  CatalogUploadRowsDocument,
  CatalogUploadsDocument,
  UploadListingsCsvDocument,
  UploadStockCsvDocument,
} from './seller-operations';
import { isFinished, pollDelayMs, uploadPercent, type UploadStage } from './upload-progress';

type Kind = 'LISTINGS' | 'STOCK';
type Row = CatalogUploadRowsQuery['catalogUploadRows']['rows'][number];

const OUTCOME_COLOURS: Record<UploadRowOutcome, string> = { CREATED: 'green', UPDATED: 'blue', UNCHANGED: 'gray', REJECTED: 'red' };
const ROWS_PAGE = 200;

/** Upload a listings or stock CSV: progress while it is read, sent and applied, then what happened to each row. */
export function UploadsPage() {
  const { t } = useTranslation();
  const client = useClient();
  const { reload: reloadListings } = useSellerListings();
  const [kind, setKind] = useState<Kind>('LISTINGS');
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<UploadStage>('idle');
  const [fraction, setFraction] = useState(0);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [current, setCurrent] = useState<UploadFieldsFragment | undefined>();
  const [{ data: recent }, refetchRecent] = useQuery({ query: CatalogUploadsDocument });

  const start = async () => {
    if (!file) return;
    setProblems([]);
    setCurrent(undefined);
    setStage('reading');
    setFraction(0);
    let csvBase64: string;
    try {
      csvBase64 = await readAsBase64(file, setFraction);
    } catch (error) {
      setStage('refused');
      setProblems([{ code: 'FILE_UNREADABLE', message: String(error) }]);
      return;
    }
    setStage('sending');
    setFraction(0);
    const url = graphqlUrls(window.location).http;
    const token = await accessToken();
    const variables = { csvBase64, fileName: file.name, idempotencyKey: crypto.randomUUID() };
    const upload =
      kind === 'LISTINGS'
        ? await mutateWithProgress(url, token, UploadListingsCsvDocument, variables, setFraction).then((sent) => ({
            upload: sent.data?.uploadListingsCsv,
            problems: sent.problems,
          }))
        : await mutateWithProgress(url, token, UploadStockCsvDocument, variables, setFraction).then((sent) => ({
            upload: sent.data?.uploadStockCsv,
            problems: sent.problems,
          }));
    if (!upload.upload) {
      setStage('refused');
      setProblems(upload.problems);
      return;
    }
    const uploadId = upload.upload.id;
    setStage(upload.upload.status);
    for (let attempt = 0; ; attempt += 1) {
      const result = await client.query(CatalogUploadDocument, { id: uploadId }, { requestPolicy: 'network-only' }).toPromise();
      if (result.error || !result.data) {
        setStage('refused');
        setProblems(problemsOf(result.error));
        return;
      }
      const status = result.data.catalogUpload;
      setCurrent(status);
      setStage(status.status);
      if (isFinished(status.status)) break;
      await new Promise((resolve) => setTimeout(resolve, pollDelayMs(attempt)));
    }
    refetchRecent({ requestPolicy: 'network-only' });
    reloadListings();
  };

  const busy = stage === 'reading' || stage === 'sending' || stage === 'QUEUED' || stage === 'RECEIVING';

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('upload.title')}
      </Title>
      <Paper withBorder p="md">
        <Stack>
          <div>
            <Text size="sm" fw={500} id="upload-kind-label" mb={4}>
              {t('upload.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="upload-kind-label"
              value={kind}
              onChange={(value) => setKind(value as Kind)}
              data={[
                { value: 'LISTINGS', label: t('upload.kindListings') },
                { value: 'STOCK', label: t('upload.kindStock') },
              ]}
            />
          </div>
          <Text size="sm" c="dimmed">
            {kind === 'LISTINGS' ? t('upload.listingsColumns') : t('upload.stockColumns')}
          </Text>
          <FileInput
            label={t('upload.file')}
            placeholder={t('upload.choose')}
            accept=".csv,text/csv,text/plain"
            value={file}
            onChange={setFile}
            clearable
          />
          <Group>
            <Button onClick={() => void start()} disabled={!file || busy} loading={busy}>
              {t('upload.submit')}
            </Button>
          </Group>
          {stage !== 'idle' && (
            <Stack gap={4}>
              <Progress
                value={uploadPercent(stage, fraction)}
                animated={busy}
                color={stage === 'FAILED' || stage === 'refused' ? 'red' : undefined}
                aria-label={t('upload.progress')}
              />
              <Text size="sm" role="status" aria-live="polite" data-testid="upload-stage">
                {t(`upload.stage.${stage}`, { percent: Math.round(fraction * 100) })}
              </Text>
            </Stack>
          )}
          <ProblemAlert problems={problems} />
        </Stack>
      </Paper>
      {current && <UploadSummary upload={current} />}
      {current && current.status === 'COMPLETED' && <UploadReport upload={current} key={current.id} />}
      <Title order={2} size="h3">
        {t('upload.recent')}
      </Title>
      <RecentUploads uploads={recent?.catalogUploads ?? []} onPick={setCurrent} />
    </Stack>
  );
}

function UploadSummary({ upload }: { upload: UploadFieldsFragment }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (upload.status === 'FAILED' && upload.failure)
    return (
      <Alert
        color="red"
        role="alert"
        title={t('upload.failedTitle', { file: upload.fileName })}
        data-testid="upload-failure"
        data-code={upload.failure.code}
      >
        {problemText({ code: upload.failure.code, message: upload.failure.message })} {upload.failure.message}
      </Alert>
    );
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="upload-counts">
      {(['rowCount', 'created', 'updated', 'unchanged', 'rejected'] as const).map((count) => (
        <Paper key={count} withBorder p="xs">
          <Text size="xs" c="dimmed">
            {t(`upload.count.${count}`)}
          </Text>
          <Text fw={700} size="lg" data-count={count}>
            {upload[count]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** What happened to each row, page by page (by line), filtered by outcome; rejected rows first when there are any. */
function UploadReport({ upload }: { upload: UploadFieldsFragment }) {
  const { t } = useTranslation();
  const client = useClient();
  const problemText = useProblemText();
  const [outcome, setOutcome] = useState<UploadRowOutcome | 'ALL'>(upload.rejected > 0 ? 'REJECTED' : 'ALL');
  const [rows, setRows] = useState<Row[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [problems, setProblems] = useState<ApiProblem[]>([]);

  const load = async (afterLine: number, replace: boolean) => {
    setLoading(true);
    const result = await client
      .query(
        CatalogUploadRowsDocument,
        { uploadId: upload.id, outcomes: outcome === 'ALL' ? null : [outcome], afterLine, first: ROWS_PAGE },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setLoading(false);
    if (!result.data) return setProblems(problemsOf(result.error));
    const page = result.data.catalogUploadRows;
    setRows((known) => (replace ? page.rows : [...known, ...page.rows]));
    setHasMore(page.hasNextPage);
  };
  useEffect(() => {
    void load(0, true);
    // a new outcome filter starts the report again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outcome, upload.id]);

  const columns = useMemo<DataTableColumn<Row>[]>(
    () => [
      { accessor: 'line', title: t('upload.line'), sortable: true, textAlign: 'right' },
      { accessor: 'sellerSku', title: t('upload.sku'), sortable: true },
      {
        accessor: 'outcome',
        title: t('upload.outcome'),
        sortable: true,
        render: (row) => (
          <Badge color={OUTCOME_COLOURS[row.outcome]} variant="light">
            {t(`uploadOutcome.${row.outcome}`)}
          </Badge>
        ),
      },
      { accessor: 'column', title: t('upload.column'), render: (row) => row.problem?.column ?? '' },
      {
        accessor: 'problem',
        title: t('upload.problem'),
        render: (row) =>
          row.problem ? (
            <Text size="sm" data-code={row.problem.code}>
              {problemText({ code: row.problem.code, message: row.problem.message })}
            </Text>
          ) : (
            ''
          ),
      },
    ],
    [t, problemText],
  );

  return (
    <section aria-labelledby="report-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="report-title">
          {t('upload.report', { file: upload.fileName })}
        </Title>
      </Group>
      <ProblemAlert problems={problems} />
      <LocalTable<Row>
        label={t('upload.report', { file: upload.fileName })}
        rows={rows}
        columns={columns}
        idAccessor="line"
        fetching={loading && rows.length === 0}
        initialSort={{ column: 'line', direction: 'asc' }}
        searchText={(row) => [row.line, row.sellerSku, row.outcome, row.problem?.code, row.problem?.column, row.problem?.message].join(' ')}
        filters={
          <Select
            label={t('upload.outcome')}
            value={outcome}
            onChange={(value) => setOutcome((value as UploadRowOutcome | 'ALL') ?? 'ALL')}
            allowDeselect={false}
            data={[
              { value: 'ALL', label: t('upload.allOutcomes') },
              ...(['REJECTED', 'CREATED', 'UPDATED', 'UNCHANGED'] as const).map((value) => ({ value, label: t(`uploadOutcome.${value}`) })),
            ]}
            w={180}
          />
        }
      />
      {hasMore && (
        <Group justify="center" mt="xs">
          <Button variant="default" loading={loading} onClick={() => void load(rows[rows.length - 1]?.line ?? 0, false)}>
            {t('upload.moreRows')}
          </Button>
        </Group>
      )}
    </section>
  );
}

function RecentUploads({ uploads, onPick }: { uploads: UploadFieldsFragment[]; onPick(upload: UploadFieldsFragment): void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const columns = useMemo<DataTableColumn<UploadFieldsFragment>[]>(
    () => [
      { accessor: 'receivedAt', title: t('upload.receivedAt'), sortable: true, render: (upload) => dateTime(upload.receivedAt) },
      { accessor: 'fileName', title: t('upload.file'), sortable: true },
      {
        accessor: 'kind',
        title: t('upload.kind'),
        sortable: true,
        render: (upload) => t(upload.kind === 'LISTINGS' ? 'upload.kindListings' : 'upload.kindStock'),
      },
      {
        accessor: 'status',
        title: t('upload.status'),
        sortable: true,
        render: (upload) => t(`upload.stage.${upload.status}`, { percent: 100 }),
      },
      { accessor: 'rowCount', title: t('upload.count.rowCount'), sortable: true, textAlign: 'right' },
      { accessor: 'rejected', title: t('upload.count.rejected'), sortable: true, textAlign: 'right' },
      {
        accessor: 'open',
        title: t('common.actions'),
        render: (upload) => (
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => onPick(upload)}
            aria-label={t('upload.openReport', { file: upload.fileName })}
          >
            {t('upload.openReportShort')}
          </Button>
        ),
      },
    ],
    [t, dateTime, onPick],
  );
  return (
    <LocalTable<UploadFieldsFragment>
      label={t('upload.recent')}
      rows={uploads}
      columns={columns}
      idAccessor="id"
      initialSort={{ column: 'receivedAt', direction: 'desc' }}
      emptyText={t('upload.none')}
    />
  );
}
