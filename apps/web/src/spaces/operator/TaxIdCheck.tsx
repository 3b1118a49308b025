import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { taxIdVerdict } from './tax-id';

/** A tax id with what its check digits say. */
export function TaxIdCheck({ country, taxId }: { country: string; taxId: string }) {
  const { t } = useTranslation();
  const verdict = taxIdVerdict(country, taxId);
  const good = 'checkDigitsOk' in verdict && verdict.checkDigitsOk;
  const bad = verdict.kind === 'RU_MALFORMED' || ('checkDigitsOk' in verdict && !verdict.checkDigitsOk);
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm" ff="monospace">
        {taxId}
      </Text>
      <Badge size="sm" variant="light" color={good ? 'green' : bad ? 'red' : 'gray'} data-verdict={verdict.kind}>
        {t(`taxId.${verdict.kind}`)}
        {'checkDigitsOk' in verdict ? ` · ${t(verdict.checkDigitsOk ? 'taxId.digitsOk' : 'taxId.digitsWrong')}` : ''}
      </Badge>
    </Group>
  );
}
