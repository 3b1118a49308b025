import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf, type ApiProblem } from '../../api/errors';
import { CategoriesDocument } from '../../api/product-operations';
import { useIdempotencyKey } from '../../components/idempotency';
import { ProblemAlert, useShowProblems } from '../../components/problems';
import { CATEGORY_NAME_LENGTH, categoryOutline, newCategory } from './category';
import { CreateCategoryDocument } from './category-operations';

/** The category tree as it stands, and a category added at the root or under a parent. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const [{ data, error }, refetch] = useQuery({ query: CategoriesDocument, requestPolicy: 'cache-and-network' });
  const [{ fetching }, create] = useMutation(CreateCategoryDocument);
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const idempotency = useIdempotencyKey();
  const form = useForm({ mode: 'controlled', initialValues: { name: '', parentId: '' } });
  const showProblems = useShowProblems(form, { fieldOf: { DUPLICATE_CATEGORY: 'name', UNKNOWN_CATEGORY: 'parentId' } });
  const categories = categoryOutline(data?.categories ?? []);
  const submit = async (values: typeof form.values) => {
    form.clearErrors();
    const read = newCategory(values, categories);
    if (!read.ok) return form.setFieldError('name', t(`categories.problem.${read.problem}`, CATEGORY_NAME_LENGTH));
    const variables = { name: read.name, parentId: read.parentId };
    const result = await create({ ...variables, idempotencyKey: idempotency.keyFor(variables) });
    if (result.error || !result.data) return setProblems(showProblems(problemsOf(result.error)));
    idempotency.done();
    setProblems([]);
    form.setFieldValue('name', '');
    notifications.show({ color: 'green', message: t('categories.created', { path: result.data.createCategory.path.join(' › ') }) });
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('categories.title')}
      </Title>
      <ProblemAlert problems={problemsOf(error)} />
      <Paper withBorder p="md">
        <form noValidate onSubmit={form.onSubmit((values) => void submit(values))} data-testid="category-form">
          <Stack gap="sm">
            <Title order={2} size="h3">
              {t('categories.create')}
            </Title>
            <Group align="flex-start">
              <Select
                label={t('categories.parent')}
                placeholder={t('categories.root')}
                data={categories.map((category) => ({ value: category.id, label: category.path.join(' › ') }))}
                searchable
                clearable
                w={380}
                {...form.getInputProps('parentId')}
                onChange={(value) => form.setFieldValue('parentId', value ?? '')}
              />
              <TextInput
                label={t('categories.name')}
                description={t('categories.nameHelp', CATEGORY_NAME_LENGTH)}
                required
                maxLength={CATEGORY_NAME_LENGTH.max}
                w={320}
                {...form.getInputProps('name')}
              />
            </Group>
            <ProblemAlert problems={problems} />
            <Group>
              <Button type="submit" loading={fetching}>
                {t('categories.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="xs">
          {t('categories.tree', { count: categories.length })}
        </Title>
        {data && categories.length === 0 && <Text size="sm">{t('categories.none')}</Text>}
        <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="category-tree">
          {categories.map((category) => (
            <Text component="li" key={category.id} size="sm" pl={category.depth * 24}>
              {category.name}
            </Text>
          ))}
        </Stack>
      </Paper>
    </Stack>
  );
}
