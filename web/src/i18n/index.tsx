import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLocale, isLocale, messages, type Locale, type Messages } from './messages';

const storageKey = 'beizeng.locale';

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies): Chinese is the default then.
    return defaultLocale;
  }
}

/** A name in both languages, as the API sends plan names. */
export interface LocalizedName {
  zh: string;
  en: string;
}

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Messages;
  /** The name in the current language (Chinese when the English one is missing). */
  localize: (name: LocalizedName) => string;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // The choice then lasts until the page is reloaded.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      setLocale,
      t: messages[locale],
      localize: (name) => (locale === 'zh-CN' ? name.zh : name.en || name.zh),
    }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}

/** The messages of the current language: `const t = useT(); t.nav.overview`. */
export function useT(): Messages {
  return useLocale().t;
}
