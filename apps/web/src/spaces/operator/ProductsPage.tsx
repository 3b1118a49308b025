import { Alert, Badge, Button, Code, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { useIdempotencyKey } from '../../components/idempotency';
import { BASE_UNITS } from '../../format/quantity';
import { CreateProductDocument, DecideProductDocument, ReviewProductDocument } from './operator-operations';

/**
 * Product proposals: a proposed product is opened by its id (the API cannot list proposals
 * yet), then approved or rejected with a reason; operators also create products directly.
 */
export function ProductsPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('products.title')}
      </Title>
      <Alert color="gray" variant="light">
        {t('products.noListNote')}
      </Alert>
      <ReviewProposal />
      <CreateProduct />
    </Stack>
  );
}

function ReviewProposal() {
  const { t } = useTranslation();
  const [productId, setProductId] = useState('');
  const [opened, setOpened] = useState('');
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReviewProductDocument, variables: { id: opened }, pause: !opened });
  const [{ fetching: deciding }, decide] = useMutation(DecideProductDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm({ mode: 'uncontrolled', initialValues: { reason: '' } });
  const showProblems = useShowProblems(form);
  const idempotency = useIdempotencyKey();
  const product = data?.product;

  const submit = async (approve: boolean) => {
    const reason = form.getValues().reason.trim();
    const decision = { productId: opened, approve, reason: reason || null };
    const result = await decide({ ...decision, idempotencyKey: idempotency.keyFor(decision) });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      notifications.show({ color: 'green', message: t(approve ? 'products.approved' : 'products.rejected') });
      refetch({ requestPolicy: 'network-only' });
    } else setProblems(showProblems(problemsOf(result.error)));
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        {t('products.review')}
      </Title>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setOpened(productId.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label={t('products.productId')}
            value={productId}
            onChange={(event) => setProductId(event.currentTarget.value)}
            w={380}
          />
          <Button type="submit" loading={fetching}>
            {t('products.open')}
          </Button>
        </Group>
      </form>
      <ProblemAlert problems={problemsOf(error)} />
      {product && (
        <Stack mt="md">
          <Group>
            <Text fw={600}>{product.name}</Text>
            <Code>{product.code}</Code>
            <Badge variant="light">{t(`productStatus.${product.status}`)}</Badge>
            <Badge variant="outline" color="gray">
              {t(`units.${product.baseUnit}`)}
            </Badge>
          </Group>
          {product.description && <Text size="sm">{product.description}</Text>}
          {product.rejectionReason && (
            <Text size="sm" c="red">
              {product.rejectionReason}
            </Text>
          )}
          {product.status === 'PROPOSED' && (
            <>
              <Textarea
                label={t('products.reason')}
                description={t('products.reasonHelp')}
                autosize
                minRows={2}
                key={form.key('reason')}
                {...form.getInputProps('reason')}
              />
              <ProblemAlert problems={problems} />
              <Group>
                <Button color="green" loading={deciding} onClick={() => void submit(true)}>
                  {t('products.approve')}
                </Button>
                <Button color="red" variant="light" loading={deciding} onClick={() => void submit(false)}>
                  {t('products.reject')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function CreateProduct() {
  const { t } = useTranslation();
  const [{ data: categories }] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-first' });
  const [{ fetching }, create] = useMutation(CreateProductDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm({ mode: 'uncontrolled', initialValues: { code: '', name: '', categoryId: '', baseUnit: 'KG', description: '' } });
  const showProblems = useShowProblems(form);
  const idempotency = useIdempotencyKey();
  const submit = async (values: ReturnType<typeof form.getValues>) => {
    const input = { ...values, baseUnit: values.baseUnit as (typeof BASE_UNITS)[number] };
    const result = await create({ input, idempotencyKey: idempotency.keyFor(input) });
    if (result.data) {
      idempotency.done();
      setProblems([]);
      form.reset();
      notifications.show({ color: 'green', message: t('products.created', { code: result.data.createProduct.code }) });
    } else setProblems(showProblems(problemsOf(result.error)));
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        {t('products.create')}
      </Title>
      <form noValidate onSubmit={form.onSubmit((values) => void submit(values))}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('products.code')} required key={form.key('code')} {...form.getInputProps('code')} />
          <TextInput label={t('products.name')} required key={form.key('name')} {...form.getInputProps('name')} />
          <Select
            label={t('products.category')}
            data={(categories?.categories ?? []).map((category) => ({ value: category.id, label: category.path.join(' › ') }))}
            searchable
            required
            key={form.key('categoryId')}
            {...form.getInputProps('categoryId')}
          />
          <Select
            label={t('products.baseUnit')}
            data={BASE_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
            allowDeselect={false}
            key={form.key('baseUnit')}
            {...form.getInputProps('baseUnit')}
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('products.description')}
          autosize
          minRows={2}
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
        <ProblemAlert problems={problems} />
        <Group mt="sm">
          <Button type="submit" loading={fetching}>
            {t('products.createSubmit')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
