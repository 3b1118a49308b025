import { Anchor, Badge, Button, FileInput, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useProblemText } from '../../components/problems';
import type { QuickOrderMutation } from './gql/graphql';
import { quickOrderReport, quickOrderText } from './quick-order';
import { QuickOrderDocument } from './returns-operations';

type Row = QuickOrderMutation['quickOrder']['rows'][number];

/** A quick order's or a reorder's report, a row per line: added to the cart, or why not and what else could fill it. */
export function QuickOrderReport({ rows, label, currency }: { rows: readonly Row[]; label: string; currency: string | null | undefined }) {
  const { t } = useTranslation();
  const { money, quantity } = useFormat();
  const problemText = useProblemText();
  const report = quickOrderReport(rows);
  return (
    <Stack gap="xs" data-testid="quick-order-report">
      <Text size="sm" data-testid="quick-order-counts">
        {t('quickOrder.counts', { added: report.added, rejected: report.rejected })}
        {report.added > 0 && (
          <>
            {' '}
            <Anchor component={Link} to="/buy/cart" size="sm">
              {t('quickOrder.toCart')}
            </Anchor>
          </>
        )}
      </Text>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th ta="right">{t('quickOrder.line')}</Table.Th>
            <Table.Th>{t('quickOrder.reference')}</Table.Th>
            <Table.Th ta="right">{t('quickOrder.quantity')}</Table.Th>
            <Table.Th>{t('quickOrder.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td ta="right">{row.line}</Table.Td>
              <Table.Td>{row.reference}</Table.Td>
              <Table.Td ta="right">{quantity(row.quantity)}</Table.Td>
              <Table.Td>
                <Badge color={row.outcome === 'ADDED' ? 'green' : 'red'} variant="light">
                  {t(row.outcome === 'ADDED' ? 'quickOrder.added' : 'quickOrder.rejected')}
                </Badge>
                {row.outcome !== 'ADDED' && (
                  <Text size="xs" c="red.9">
                    {row.code === 'INVALID_INPUT'
                      ? t('quickOrder.badRow')
                      : problemText({ code: row.code ?? 'UNKNOWN_ERROR', message: row.message ?? '' })}
                  </Text>
                )}
                {row.alternatives?.map((alternative) => (
                  <Text size="xs" c="dimmed" key={alternative.listingId}>
                    {t('quickOrder.alternative', {
                      price: money(alternative.unitPriceMinor, currency),
                      available: quantity(alternative.available),
                    })}{' '}
                    <CompanyName companyId={alternative.sellerCompanyId} />
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Add to the cart from a pasted list or a CSV of (seller SKU or product code, quantity), with a report per row. */
export function QuickOrderPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [listError, setListError] = useState<string | undefined>();
  const problemText = useProblemText();
  const [result, setResult] = useState<QuickOrderMutation['quickOrder'] | undefined>();
  const [{ fetching }, quickOrder] = useMutation(QuickOrderDocument);
  const idempotency = useIdempotencyKey();
  const submit = async () => {
    const csv = quickOrderText(file ? await file.text() : text);
    setListError(undefined);
    if (!csv) return setListError(t('quickOrder.emptyList'));
    const answer = await quickOrder({ csv, idempotencyKey: idempotency.keyFor(csv) });
    if (answer.error || !answer.data) {
      const found = problemsOf(answer.error);
      const atList = found.find((problem) => problem.field === 'csv');
      if (atList) setListError(problemText(atList));
      return setProblems(found.filter((problem) => problem !== atList));
    }
    idempotency.done();
    setProblems([]);
    setResult(answer.data.quickOrder);
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('quickOrder.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('quickOrder.explain')}
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
            label={t('quickOrder.paste')}
            placeholder={'EKB-RB12, 1000\nRB-A500C-12; 500'}
            autosize
            minRows={4}
            ff="monospace"
            value={text}
            error={file ? undefined : listError}
            disabled={!!file}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <FileInput
            label={t('quickOrder.orFile')}
            accept=".csv,text/csv,text/plain"
            clearable
            value={file}
            onChange={setFile}
            error={file ? listError : undefined}
            w={360}
          />
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={fetching}>
              {t('quickOrder.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {result && <QuickOrderReport rows={result.rows} currency={result.cart.currency} label={t('quickOrder.reportOf')} />}
    </Stack>
  );
}
