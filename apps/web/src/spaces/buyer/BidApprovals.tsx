import { Badge, Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { useFormat } from '../../components/format';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { ProductName, ProductQuantity } from '../../components/product';
import { useSignedIn } from '../../session/SessionProvider';
import { ApproveBidDocument, MyBidRequestsDocument, RejectBidDocument } from './buyer-operations';
import type { BidRequestFieldsFragment } from './gql/graphql';

const BID_REQUEST_COLOURS: Record<string, string> = {
  PENDING_APPROVAL: 'yellow',
  PLACED: 'green',
  REJECTED: 'red',
  EXPIRED: 'gray',
  CANCELLED: 'gray',
};

/** An approver's decision on a purchaser's bid: approve (it is placed in the book) or reject with a reason. */
function DecideBid({ bid, onDone }: { bid: BidRequestFieldsFragment; onDone(): void }) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [{ fetching: approving }, approve] = useMutation(ApproveBidDocument);
  const [{ fetching: rejecting }, reject] = useMutation(RejectBidDocument);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'uncontrolled', initialValues: { reason: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { REASON_REQUIRED: 'reason' } });
  const decide = async (approved: boolean) => {
    const reason = form.getValues().reason.trim();
    if (!approved && !reason) return form.setFieldError('reason', t('errors.REASON_REQUIRED'));
    const idempotencyKey = idempotency.keyFor({ approved, reason });
    const result = approved
      ? await approve({ bidId: bid.id, reason: reason || null, idempotencyKey })
      : await reject({ bidId: bid.id, reason, idempotencyKey });
    if (result.error) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    notifications.show({ color: approved ? 'green' : 'orange', message: t(approved ? 'bidApproval.approved' : 'bidApproval.rejected') });
    onDone();
  };
  return (
    <Stack gap="xs" mt="xs">
      <Textarea
        label={t('purchases.reason')}
        description={t('purchases.reasonHelp')}
        autosize
        minRows={1}
        key={form.key('reason')}
        {...form.getInputProps('reason')}
      />
      <ProblemAlert problems={problems} />
      <Group>
        <Button loading={approving} onClick={() => void decide(true)}>
          {t('bidApproval.approve')}
        </Button>
        <Button color="red" variant="light" loading={rejecting} onClick={() => void decide(false)}>
          {t('bidApproval.reject')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Bids that wait for an approver: the purchaser follows them, an approver (never of its own) decides. */
export function BidApprovals() {
  const { t } = useTranslation();
  const { money, dateTime } = useFormat();
  const session = useSignedIn();
  const isApprover = session.actor.roles.includes('APPROVER');
  const [show, setShow] = useState(isApprover ? 'waiting' : 'all');
  const [{ data, error }, refetch] = useQuery({
    query: MyBidRequestsDocument,
    variables: { awaitingApprovalOnly: show === 'waiting' },
    requestPolicy: 'cache-and-network',
  });
  const bids = data?.myBidRequests ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('bidApproval.title')}
        </Title>
        <SegmentedControl
          aria-label={t('purchases.show')}
          value={show}
          onChange={setShow}
          data={[
            { value: 'waiting', label: t('purchases.waiting') },
            { value: 'all', label: t('purchases.all') },
          ]}
        />
      </Group>
      <ProblemAlert problems={problemsOf(error)} />
      {bids.length === 0 && <Text c="dimmed">{t('bidApproval.none')}</Text>}
      {bids.map((bid) => (
        <Card withBorder key={bid.id} data-testid="bid-request">
          <Group justify="space-between">
            <Text size="sm">
              <ProductName productId={bid.productId} /> · <ProductQuantity productId={bid.productId} quantity={bid.quantity} /> ·{' '}
              {t('bidApproval.atMost', { price: money(bid.limitPriceMinor, bid.currency), total: money(bid.maxValueMinor, bid.currency) })}
            </Text>
            <Badge color={BID_REQUEST_COLOURS[bid.status] ?? 'gray'} variant="light" data-testid="bid-request-status">
              {t(`bidRequestStatus.${bid.status}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t('bidApproval.placed', { when: dateTime(bid.createdAt) })}
            {bid.expiresAt && bid.status === 'PENDING_APPROVAL' ? ` · ${t('bidApproval.expires', { when: dateTime(bid.expiresAt) })}` : ''}
            {bid.reason ? ` · ${t('purchases.approverSaid', { reason: bid.reason })}` : ''}
          </Text>
          {bid.status === 'PENDING_APPROVAL' && isApprover && bid.placedByUserId !== session.actor.id && (
            <DecideBid bid={bid} onDone={() => refetch({ requestPolicy: 'network-only' })} />
          )}
        </Card>
      ))}
    </Stack>
  );
}
