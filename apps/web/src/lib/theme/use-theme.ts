import { useCallback, useEffect, useState } from 'react';
import { applyTheme, readThemePreference, THEME_STORAGE_KEY, type ThemePreference } from './theme-preference';

/** The theme the person chose (remembered in this browser); "system" follows the OS, live. */
export function useTheme() {
  // The server cannot know the choice: start from "system" and read the real one after hydration.
  const [preference, setPreferenceState] = useState<ThemePreference>('system');
  useEffect(() => setPreferenceState(readThemePreference()), []);

  useEffect(() => {
    if (preference !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [preference]);

  const setPreference = useCallback((next: ThemePreference) => {
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    applyTheme(next);
    setPreferenceState(next);
  }, []);

  return { preference, setPreference };
}
