import { useCallback } from 'react';
import { useStore } from '../../store/store';
import { STRINGS } from '../i18n';
import type { StringKey } from '../i18n';

/** The current language's text for a key, with `{name}` placeholders filled. */
export function useT(): (key: StringKey, vars?: Record<string, string | number>) => string {
  const lang = useStore((s) => s.lang);
  return useCallback(
    (key, vars) => {
      let s: string = STRINGS[key][lang];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
      return s;
    },
    [lang],
  );
}

/** Picks the current language from a bilingual message. */
export function useMsg(): (m: { id: string; en: string }) => string {
  const lang = useStore((s) => s.lang);
  return useCallback((m) => m[lang], [lang]);
}
