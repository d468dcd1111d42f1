import { useCallback, useEffect, useState } from 'react';
import { SIDEBAR_STORAGE_KEY } from '~/lib/theme/theme-preference';

const ATTRIBUTE = 'data-sidebar';

/**
 * Whether the desktop sidebar is collapsed; remembered in this browser. The pre-paint script sets
 * `data-sidebar="collapsed"` on <html> before the first paint and CSS hides the sidebar from it, so
 * this state only drives the toggle's label.
 */
export function useSidebarCollapsed() {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    setCollapsed(document.documentElement.getAttribute(ATTRIBUTE) === 'collapsed');
  }, []);
  const toggle = useCallback(() => {
    const next = document.documentElement.getAttribute(ATTRIBUTE) !== 'collapsed';
    if (next) document.documentElement.setAttribute(ATTRIBUTE, 'collapsed');
    else document.documentElement.removeAttribute(ATTRIBUTE);
    try {
      localStorage.setItem(SIDEBAR_STORAGE_KEY, next ? 'collapsed' : 'expanded');
    } catch {
      // Storage refused: collapsed for this page only.
    }
    setCollapsed(next);
  }, []);
  return { collapsed, toggle };
}
