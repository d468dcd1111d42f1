import { type ComponentProps, useEffect, useState } from 'react';
import { Toaster as SonnerToaster } from 'sonner';

export { toast } from 'sonner';

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

export function Toaster(props: ComponentProps<typeof SonnerToaster>) {
  const theme = useDocumentTheme();
  return <SonnerToaster position="bottom-right" richColors closeButton theme={theme} {...props} />;
}
