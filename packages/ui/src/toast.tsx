import { lazy, Suspense, useEffect, useState } from 'react';

// sonner is loaded on first use, never with the page: toasts follow a user's action, and the toaster
// mounts after hydration. Toasts raised before it mounts are shown once it does.
const loadSonner = () => import('sonner');

const SonnerToaster = lazy(async () => {
  const { Toaster } = await loadSonner();
  return {
    default: ({ theme }: { theme: 'light' | 'dark' }) => (
      <Toaster position="bottom-right" richColors closeButton theme={theme} />
    ),
  };
});

type ToastKind = 'success' | 'error' | 'info';

function show(kind: ToastKind, message: string): void {
  void loadSonner().then(({ toast: sonner }) => sonner[kind](message));
}

export const toast = {
  success: (message: string) => show('success', message),
  error: (message: string) => show('error', message),
  info: (message: string) => show('info', message),
};

/** Light or dark, as the `dark` class on <html> says (the app switches it); followed live. */
function useDocumentTheme(): 'light' | 'dark' {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  useEffect(() => {
    const root = document.documentElement;
    const read = () => setTheme(root.classList.contains('dark') ? 'dark' : 'light');
    read();
    const observer = new MutationObserver(read);
    observer.observe(root, { attributes: true, attributeFilter: ['class'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/** Where toasts appear. Renders nothing on the server; loads sonner once the page is interactive. */
export function Toaster() {
  const [mounted, setMounted] = useState(false);
  const theme = useDocumentTheme();
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster theme={theme} />
    </Suspense>
  );
}
