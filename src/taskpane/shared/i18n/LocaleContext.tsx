/**
 * The pane's language as React context, the one way a component gets its words: its feature's
 * table through `useStrings(TABLE)`, number formats through `useFormat()`, the language itself
 * (and the switch) through `useLocale()`.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Locale, Translations } from "../../../engine/locale";
import { makeFormat, type Format } from "./format";
import { browserStorage, initialLocale, saveLocale } from "./locale";

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  format: Format;
}

const LocaleContext = createContext<LocaleState | null>(null);

export interface LocaleProviderProps {
  /** Office's display language (e.g. "zh-CN"); used unless the user chose a language before. */
  displayLanguage: string | null | undefined;
  /** Where the user's choice is remembered; the browser's localStorage by default. */
  storage?: Storage | null;
  children: ReactNode;
}

export function LocaleProvider({ displayLanguage, storage = browserStorage(), children }: LocaleProviderProps) {
  const [locale, setLocaleState] = useState(() => initialLocale(displayLanguage, storage));
  const setLocale = useCallback(
    (next: Locale) => {
      saveLocale(storage, next);
      setLocaleState(next);
    },
    [storage],
  );
  const value = useMemo(() => ({ locale, setLocale, format: makeFormat(locale) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

function useLocaleState(): LocaleState {
  const state = useContext(LocaleContext);
  if (state === null) throw new Error("TeleScore: a component that shows text must sit inside <LocaleProvider>.");
  return state;
}

export function useLocale(): { locale: Locale; setLocale: (locale: Locale) => void } {
  const { locale, setLocale } = useLocaleState();
  return { locale, setLocale };
}

/** The current language's texts from a feature's table. */
export function useStrings<T>(table: Translations<T>): T {
  return table[useLocaleState().locale];
}

export const useFormat = (): Format => useLocaleState().format;
