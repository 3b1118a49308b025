import { Badge, Button, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { readAsBase64 } from '../../api/upload';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useProblemText } from '../../components/problems';
import type { ImportBankStatementMutation } from './gql/graphql';
import { bankStatementReport, statementCurrencies, statementSource } from './payments';
import { ImportBankStatementDocument } from './payments-operations';

type Import = ImportBankStatementMutation['importBankStatement'];
const EXAMPLE = 'date,amount,currency,invoice_number,payer_tax_id,reference\n2026-12-01,125000.00,RUB,INV-000123,7707083893,BANK-REF-1';

/** What became of each row of an imported statement: the payment it recorded, or why it was refused. */
function ImportReport({ result, sent }: { result: Import; sent: string }) {
  const { t } = useTranslation();
  const { money } = useFormat();
  const currencies = useMemo(() => statementCurrencies(sent), [sent]);
  return (
    <Stack gap="xs" data-testid="bank-statement-report">
      <Text size="sm" data-testid="bank-statement-counts">
        {t('bankStatement.counts', { matched: result.matched, recorded: result.recorded, refused: result.refused })}
      </Text>
      <Table striped aria-label={t('bankStatement.reportOf')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('bankStatement.line')}</Table.Th>
            <Table.Th>{t('bankStatement.outcome')}</Table.Th>
            <Table.Th>{t('bankStatement.invoice')}</Table.Th>
            <Table.Th>{t('bankStatement.reference')}</Table.Th>
            <Table.Th ta="right">{t('bankStatement.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bankStatementReport(result.rows).map((row) => (
            <Table.Tr key={row.line} data-outcome={row.outcome}>
              <Table.Td ta="right">{row.line}</Table.Td>
              <Table.Td>
                <Badge color={row.outcome !== 'MATCHED' ? 'red' : row.alreadyRecorded ? 'gray' : 'green'} variant="light">
                  {row.outcome === 'MATCHED' && row.alreadyRecorded
                    ? t('bankStatement.alreadyRecorded')
                    : t(`bankRowOutcome.${row.outcome}`)}
                </Badge>
                {row.outcome !== 'MATCHED' && row.field && (
                  <Text size="xs" c="red.9">
                    {t('bankStatement.column', { column: row.field })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{row.invoiceNumber ?? '—'}</Table.Td>
              <Table.Td>{row.reference ?? '—'}</Table.Td>
              <Table.Td ta="right">{money(row.amountMinor, currencies.get(row.line))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Import the bank's statement (pasted, or a CSV file): each row matched by invoice number and payer becomes a payment. */
export function BankStatementPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sourceError, setSourceError] = useState<string | undefined>();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [result, setResult] = useState<{ report: Import; sent: string } | undefined>();
  const [reading, setReading] = useState(false);
  const problemText = useProblemText();
  const [{ fetching }, importStatement] = useMutation(ImportBankStatementDocument);
  const idempotency = useIdempotencyKey();
  const submit = async () => {
    setSourceError(undefined);
    setReading(true);
    let bytes: { base64: string; bytes: number } | undefined;
    let sent = text;
    try {
      if (file) {
        bytes = { base64: await readAsBase64(file, () => undefined), bytes: file.size };
        sent = await file.text();
      }
    } catch {
      return setSourceError(t('bankStatement.problem.UNREADABLE'));
    } finally {
      setReading(false);
    }
    const read = statementSource(text, bytes);
    if (!read.ok) return setSourceError(t(`bankStatement.problem.${read.problem}`));
    const answer = await importStatement({ ...read.source, idempotencyKey: idempotency.keyFor(read.source) });
    if (answer.error || !answer.data) {
      const found = problemsOf(answer.error);
      // a file that cannot be read (encoding, columns, size) is the file's fault: shown at it
      const atFile = found.find((problem) => problem.field === 'fileBase64' || problem.field === 'csv' || problem.field === 'csvBase64');
      if (atFile) setSourceError(problemText(atFile));
      return setProblems(found.filter((problem) => problem !== atFile));
    }
    idempotency.done();
    setProblems([]);
    setResult({ report: answer.data.importBankStatement, sent });
    notifications.show({
      color: answer.data.importBankStatement.refused > 0 ? 'yellow' : 'green',
      message: t('bankStatement.imported', { recorded: answer.data.importBankStatement.recorded }),
    });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('bankStatement.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('bankStatement.explain')}
      </Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('bankStatement.paste')}
            placeholder={EXAMPLE}
            autosize
            minRows={4}
            ff="monospace"
            value={text}
            error={file ? undefined : sourceError}
            disabled={!!file}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <FileInput
            label={t('bankStatement.orFile')}
            accept=".csv,text/csv,text/plain"
            clearable
            value={file}
            onChange={setFile}
            error={file ? sourceError : undefined}
            w={360}
          />
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching || reading}>
              {t('bankStatement.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {result && <ImportReport result={result.report} sent={result.sent} />}
    </Stack>
  );
}
