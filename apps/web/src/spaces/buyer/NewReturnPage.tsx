import { Alert, Anchor, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CompanyName } from '../../components/CompanyName';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useProblemText } from '../../components/problems';
import { useProduct } from '../../components/product';
import { LineQuantity, QuoteTable, ReturnHistory, ReturnStatusBadge, useLineProductId } from '../../components/returns/ReturnParts';
import type { PurchaseReturnsQuery, ReturnQuoteFieldsFragment, ReturnReason } from './gql/graphql';
import {
  draftItems,
  emptyDraft,
  fieldOfItem,
  itemsKey,
  quoteIsCurrent,
  RETURN_REASONS,
  returnDraftReducer,
  type DraftItem,
  type ReturnItem,
} from './return-draft';
import { FileReturnDocument, PurchaseReturnsDocument, ReturnQuoteDocument } from './returns-operations';

type Line = PurchaseReturnsQuery['purchaseReturns']['lines'][number];

/** One line of the purchase: what was delivered and returned, and what to return of it now. */
function LineRow({
  line,
  item,
  errors,
  onChange,
}: {
  line: Line;
  item: DraftItem | undefined;
  errors: Record<string, string>;
  onChange(field: 'quantity' | 'reason' | 'comment', value: string): void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const product = useProduct(useLineProductId(line.sellerOrderId, line.lineId));
  const unit = product ? t(`units.${product.baseUnit}`) : '';
  const closed = line.returnableQuantity === 0;
  return (
    <Table.Tr data-testid="return-line">
      <Table.Td>
        <Text size="sm">{line.productName}</Text>
        <Text size="xs" c="dimmed">
          {line.sellerSku} · <CompanyName companyId={line.sellerCompanyId} />
        </Text>
      </Table.Td>
      <Table.Td ta="right">
        <LineQuantity sellerOrderId={line.sellerOrderId} lineId={line.lineId} quantity={line.deliveredQuantity} />
      </Table.Td>
      <Table.Td ta="right">
        <LineQuantity sellerOrderId={line.sellerOrderId} lineId={line.lineId} quantity={line.returnedQuantity} />
      </Table.Td>
      <Table.Td ta="right">
        <Text size="sm" data-testid="returnable">
          <LineQuantity sellerOrderId={line.sellerOrderId} lineId={line.lineId} quantity={line.returnableQuantity} />
        </Text>
        <Text size="xs" c="dimmed">
          {line.returnWindowClosesAt
            ? t(closed && line.deliveredQuantity > line.returnedQuantity ? 'returns.windowClosed' : 'returns.windowCloses', {
                when: dateTime(line.returnWindowClosesAt),
              })
            : t('returns.notDelivered')}
        </Text>
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('returns.returnQuantity', { product: line.productName, unit })}
          placeholder={closed ? '—' : '0'}
          disabled={closed}
          inputMode="numeric"
          w={110}
          value={item?.quantity ?? ''}
          error={errors[`${line.lineId}.quantity`]}
          onChange={(event) => onChange('quantity', event.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('returns.reasonFor', { product: line.productName })}
          placeholder={t('returns.pickReason')}
          disabled={closed}
          w={220}
          value={item?.reason || null}
          error={errors[`${line.lineId}.reason`]}
          onChange={(value) => onChange('reason', value ?? '')}
          data={RETURN_REASONS.map((reason) => ({ value: reason, label: t(`returnReason.${reason}`) }))}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          aria-label={t('returns.commentFor', { product: line.productName })}
          disabled={closed}
          value={item?.comment ?? ''}
          error={errors[`${line.lineId}.comment`]}
          onChange={(event) => onChange('comment', event.currentTarget.value)}
        />
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * A return from a delivered purchase: pick lines and quantities with a reason each, see the quote
 * (per item: the refund, what is deducted, what the seller and Lotbook pay), then file exactly it.
 */
export function NewReturnPage() {
  const { purchaseId = '' } = useParams();
  const { t } = useTranslation();
  const problemText = useProblemText();
  const client = useClient();
  const [{ data, error }, refetch] = useQuery({
    query: PurchaseReturnsDocument,
    variables: { purchaseId },
    requestPolicy: 'cache-and-network',
  });
  const lines = useMemo(() => data?.purchaseReturns.lines ?? [], [data]);
  const [draft, dispatch] = useReducer(returnDraftReducer, undefined, emptyDraft);
  const [quote, setQuote] = useState<ReturnQuoteFieldsFragment | undefined>();
  const [quoting, setQuoting] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: filing }, file] = useMutation(FileReturnDocument);
  const idempotency = useIdempotencyKey();
  const names = useMemo(() => Object.fromEntries(lines.map((line) => [line.lineId, line])), [lines]);
  const { items } = draftItems(draft, lines);
  const current = quoteIsCurrent(draft, items) && !!quote;

  /** Puts the API's refusals at the line they concern; the rest above the buttons. */
  const showProblems = (found: ApiProblem[], sent: readonly ReturnItem[]) => {
    const byField: Record<string, string> = {};
    const general: ApiProblem[] = [];
    for (const problem of found) {
      const field = problem.field ? fieldOfItem(problem.field, sent) : undefined;
      if (field && /\.(quantity|reason|comment)$/.test(field) && !byField[field]) byField[field] = problemText(problem);
      else general.push(problem);
    }
    setErrors(byField);
    setProblems(general);
  };

  const checked = () => {
    const found = draftItems(draft, lines);
    const fieldProblems = Object.entries(found.problems).filter(([field]) => field !== 'items');
    setErrors(
      Object.fromEntries(
        fieldProblems.map(([field, code]) => [
          field,
          code === 'UNKNOWN_REASON' ? t('returns.reasonRequired') : problemText({ code, message: code }),
        ]),
      ),
    );
    setProblems(found.problems.items ? [{ code: found.problems.items, message: found.problems.items }] : []);
    return Object.keys(found.problems).length === 0 ? found.items : undefined;
  };

  const askQuote = async () => {
    const wanted = checked();
    if (!wanted) return setQuote(undefined);
    setQuoting(true);
    const result = await client
      .query(
        ReturnQuoteDocument,
        { input: { purchaseId, items: wanted.map(({ lineId, quantity, reason }) => ({ lineId, quantity, reason })) } },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setQuoting(false);
    if (result.error || !result.data) {
      setQuote(undefined);
      return showProblems(problemsOf(result.error), wanted);
    }
    setQuote(result.data.returnQuote);
    dispatch({ type: 'quoted', key: itemsKey(wanted) });
  };

  const fileIt = async () => {
    const wanted = checked();
    if (!wanted || !quoteIsCurrent(draft, wanted)) return;
    const idempotencyKey = idempotency.keyFor({ purchaseId, wanted });
    // the quote's policy version: should an operator change the policy meanwhile, the filing is refused (RETURN_POLICY_CHANGED), never filed at other figures
    const result = await file({ input: { purchaseId, items: wanted, policyVersion: quote?.policyVersion ?? null }, idempotencyKey });
    if (result.error || !result.data) {
      const found = problemsOf(result.error);
      if (found.some((problem) => problem.code === 'RETURN_POLICY_CHANGED')) setQuote(undefined);
      return showProblems(found, wanted);
    }
    idempotency.done();
    setQuote(undefined);
    setErrors({});
    setProblems([]);
    dispatch({ type: 'filed', requestId: result.data.fileReturn.id });
    notifications.show({ color: 'green', message: t('returns.filed') });
    refetch({ requestPolicy: 'network-only' });
  };

  const returns = data?.purchaseReturns.returns ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('returns.newTitle')}
        </Title>
        <Anchor component={Link} to="/buy/returns">
          {t('returns.allReturns')}
        </Anchor>
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {draft.filedRequestId && (
        <Alert color="green" role="status" data-testid="return-filed">
          {t('returns.filedExplain')}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void askQuote();
        }}
      >
        <Stack>
          <Table.ScrollContainer minWidth={900}>
            <Table aria-label={t('returns.linesOf')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('returns.product')}</Table.Th>
                  <Table.Th ta="right">{t('returns.delivered')}</Table.Th>
                  <Table.Th ta="right">{t('returns.returned')}</Table.Th>
                  <Table.Th ta="right">{t('returns.returnable')}</Table.Th>
                  <Table.Th>{t('returns.toReturn')}</Table.Th>
                  <Table.Th>{t('returns.reason')}</Table.Th>
                  <Table.Th>{t('returns.comment')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lines.map((line) => (
                  <LineRow
                    key={line.lineId}
                    line={line}
                    item={draft.items[line.lineId]}
                    errors={errors}
                    onChange={(field, value) =>
                      dispatch(
                        field === 'reason'
                          ? { type: 'reason', lineId: line.lineId, value: value as ReturnReason | '' }
                          : { type: field, lineId: line.lineId, value },
                      )
                    }
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ProblemAlert problems={problems} />
          <Group>
            <Button type="submit" loading={quoting} variant={current ? 'light' : 'filled'}>
              {t('returns.quote')}
            </Button>
            <Button
              variant="default"
              onClick={() => dispatch({ type: 'all', lines, reason: 'CHANGED_MIND' })}
              disabled={lines.every((line) => line.returnableQuantity === 0)}
            >
              {t('returns.everything')}
            </Button>
          </Group>
        </Stack>
      </form>
      {quote && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h3">
              {t('returns.quoteTitle')}
            </Title>
            {!current && (
              <Alert color="yellow" role="status">
                {t('returns.quoteStale')}
              </Alert>
            )}
            <QuoteTable audience="buyer" quote={quote} label={t('returns.quoteTitle')} names={names} />
            <Group>
              <Button disabled={!current} loading={filing} onClick={() => void fileIt()}>
                {t('returns.file')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('returns.fileExplain')}
              </Text>
            </Group>
          </Stack>
        </Card>
      )}
      {returns.length > 0 && (
        <Stack gap="xs">
          <Title order={2} size="h3">
            {t('returns.ofPurchase')}
          </Title>
          {returns.map((sellerReturn) => (
            <Card withBorder key={sellerReturn.id} data-testid="purchase-return">
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  <CompanyName companyId={sellerReturn.sellerCompanyId} />
                </Text>
                <ReturnStatusBadge status={sellerReturn.status} />
              </Group>
              <ReturnHistory history={sellerReturn.history} />
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
