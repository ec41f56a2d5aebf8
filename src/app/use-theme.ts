// The colour theme: the user's saved choice if any, else the system's prefers-color-scheme (followed
// live). The theme is set as data-theme on <html>, where the CSS variables pick it up.
import { useCallback, useEffect, useState } from 'react';
import type { Theme } from '../graph/appearance.ts';

const STORAGE_KEY = 'entente-theme';

function readSavedTheme(): Theme | null {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : null;
  } catch {
    return null;
  }
}

function getSystemTheme(): Theme {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** `shared` is a theme named by the page's URL; it wins over the saved choice but is not saved itself. */
export function useTheme(shared: Theme | null = null): [Theme, () => void] {
  const [saved, setSaved] = useState<Theme | null>(() => shared ?? readSavedTheme());
  const [system, setSystem] = useState<Theme>(getSystemTheme);
  const theme = saved ?? system;

  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    setSaved(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing can refuse storage; the choice then lasts for this page only.
    }
  }, [theme]);

  return [theme, toggle];
}
