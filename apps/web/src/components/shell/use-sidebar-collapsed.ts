import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'kit.sidebar';

/** Whether the desktop sidebar is collapsed; remembered in this browser. */
export function useSidebarCollapsed() {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    setCollapsed(localStorage.getItem(STORAGE_KEY) === 'collapsed');
  }, []);
  const toggle = useCallback(() => {
    setCollapsed((previous) => {
      const next = !previous;
      localStorage.setItem(STORAGE_KEY, next ? 'collapsed' : 'expanded');
      return next;
    });
  }, []);
  return { collapsed, toggle };
}
