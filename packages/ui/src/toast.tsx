import type { ComponentProps } from 'react';
import { Toaster as SonnerToaster } from 'sonner';

export { toast } from 'sonner';

export function Toaster(props: ComponentProps<typeof SonnerToaster>) {
  return <SonnerToaster position="bottom-right" richColors closeButton {...props} />;
}
