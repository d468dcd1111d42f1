export type ThemePreference = 'light' | 'dark' | 'system';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];
export const THEME_STORAGE_KEY = 'kit.theme';
export const SIDEBAR_STORAGE_KEY = 'kit.sidebar';

export function readThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

export function systemPrefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Puts the resolved theme on <html>: the `dark` class for our tokens, color-scheme for native controls. */
export function applyTheme(preference: ThemePreference): 'light' | 'dark' {
  const resolved =
    preference === 'dark' || (preference === 'system' && systemPrefersDark()) ? 'dark' : 'light';
  document.documentElement.classList.toggle('dark', resolved === 'dark');
  document.documentElement.style.colorScheme = resolved;
  return resolved;
}
