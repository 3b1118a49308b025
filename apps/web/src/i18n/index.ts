import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ru } from './ru';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'lotbook.language';

/** The language to start in: the one chosen before, else the browser's when we have it, else English. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  const preferred = browser.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => (LANGUAGES as readonly string[]).includes(code));
  return (preferred as Language | undefined) ?? 'en';
}

export function setupI18n() {
  const language = initialLanguage(window.localStorage.getItem(STORAGE_KEY), window.navigator.languages ?? [window.navigator.language]);
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    window.localStorage.setItem(STORAGE_KEY, lng);
  });
  return i18next;
}
