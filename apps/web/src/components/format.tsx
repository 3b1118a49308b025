import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format/date';
import { formatMoney } from '../format/money';
import { formatQuantity } from '../format/quantity';

/** Formatting in the reader's language: money in its currency's format, quantities with their unit, instants. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'ru' ? 'ru-RU' : 'en-GB';
  const money = useCallback(
    (minorUnits: number | null | undefined, currency: string | null | undefined) =>
      minorUnits === null || minorUnits === undefined || !currency ? '—' : formatMoney(minorUnits, currency, locale),
    [locale],
  );
  const quantity = useCallback(
    (value: number | null | undefined, unit?: string | null) =>
      value === null || value === undefined ? '—' : formatQuantity(value, unit ? t(`units.${unit}` as never) : '', locale),
    [locale, t],
  );
  const dateTime = useCallback((iso: string | null | undefined) => formatDateTime(iso, locale), [locale]);
  return { money, quantity, dateTime, locale };
}
