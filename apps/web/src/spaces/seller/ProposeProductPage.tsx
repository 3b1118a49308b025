import { Badge, Button, Code, CopyButton, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { BASE_UNITS } from '../../format/quantity';
import type { ProposeProductMutation } from './gql/graphql';
import { PRODUCT_NAME_LENGTH, productProposalInput, type ProductProposalForm } from './product-proposal';
import { ProposeProductDocument } from './product-operations';

const BLANK: ProductProposalForm = { code: '', name: '', categoryId: '', baseUnit: 'KG', description: '', attributes: '' };

/** A product just proposed, with the id an operator opens it by. */
function Proposed({ product, categoryPath }: { product: ProposeProductMutation['proposeProduct']; categoryPath: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="proposed-product">
      <Stack gap="xs">
        <Group>
          <Text fw={600}>{product.name}</Text>
          <Code>{product.code}</Code>
          <Badge variant="light">{t(`productStatus.${product.status}`)}</Badge>
        </Group>
        <Text size="sm">{categoryPath}</Text>
        <Text size="sm">{t('proposeProduct.waiting')}</Text>
        <Group>
          <Code>{product.id}</Code>
          <CopyButton value={product.id}>
            {({ copied, copy }) => (
              <Button size="compact-sm" variant="light" onClick={copy}>
                {copied ? t('team.copied') : t('proposeProduct.copyId')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}

/** A product the catalogue lacks, proposed by a seller; it can be listed once an operator approves it. */
export function ProposeProductPage() {
  const { t } = useTranslation();
  const [{ data: categories, error }] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-and-network' });
  const [{ fetching }, propose] = useMutation(ProposeProductDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [proposed, setProposed] = useState<ProposeProductMutation['proposeProduct']>();
  const idempotency = useIdempotencyKey();
  const form = useForm<ProductProposalForm>({ mode: 'controlled', initialValues: BLANK });
  const showProblems = useShowProblems(form, {
    rename: (field) => field.replace(/^input\./, ''),
    fieldOf: { DUPLICATE_PRODUCT_CODE: 'code', UNKNOWN_CATEGORY: 'categoryId' },
  });
  const paths = new Map((categories?.categories ?? []).map((category) => [category.id, category.path.join(' › ')]));
  const submit = async (values: ProductProposalForm) => {
    form.clearErrors();
    const read = productProposalInput(values);
    if (!read.ok) {
      for (const [field, problem] of Object.entries(read.problems))
        form.setFieldError(field, t(`proposeProduct.problem.${problem}`, PRODUCT_NAME_LENGTH));
      return;
    }
    const result = await propose({ input: read.input, idempotencyKey: idempotency.keyFor(read.input) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    setProposed(result.data.proposeProduct);
    form.setValues(BLANK);
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('proposeProduct.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('proposeProduct.explain')}
      </Text>
      <ProblemAlert problems={problemsOf(error)} />
      {proposed && <Proposed product={proposed} categoryPath={paths.get(proposed.categoryId) ?? ''} />}
      <Paper withBorder p="md">
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="propose-product-form">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('products.code')} description={t('proposeProduct.codeHelp')} required {...form.getInputProps('code')} />
              <TextInput
                label={t('products.name')}
                description={t('proposeProduct.nameHelp', PRODUCT_NAME_LENGTH)}
                required
                maxLength={PRODUCT_NAME_LENGTH.max}
                {...form.getInputProps('name')}
              />
              <Select
                label={t('products.category')}
                data={[...paths].map(([value, label]) => ({ value, label }))}
                searchable
                required
                {...form.getInputProps('categoryId')}
                onChange={(value) => form.setFieldValue('categoryId', value ?? '')}
              />
              <Select
                label={t('products.baseUnit')}
                data={BASE_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
                allowDeselect={false}
                {...form.getInputProps('baseUnit')}
              />
            </SimpleGrid>
            <Textarea label={t('products.description')} autosize minRows={2} {...form.getInputProps('description')} />
            <Textarea
              label={t('proposeProduct.attributes')}
              description={t('proposeProduct.attributesHelp')}
              autosize
              minRows={2}
              {...form.getInputProps('attributes')}
            />
            <ProblemAlert problems={problems} />
            <Group>
              <Button type="submit" loading={fetching}>
                {t('proposeProduct.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
