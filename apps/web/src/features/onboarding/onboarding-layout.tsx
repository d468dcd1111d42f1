import { Button } from '@kit/ui/button';
import { Toaster } from '@kit/ui/toast';
import type { ReactNode } from 'react';
import { LocaleSelect } from '~/components/locale-select';
import { QueryProvider } from '~/components/shell/query-provider';
import { useSignOut } from '~/lib/auth/use-sign-out';
import { m } from '~/paraglide/messages';

/** The onboarding's frame: no app shell (nothing to navigate to yet), the language and a way out. */
export function OnboardingLayout({ children }: { children: ReactNode }) {
  const { signOut, pending } = useSignOut();
  return (
    <QueryProvider>
      <div className="flex min-h-screen flex-col">
        <header className="border-b border-border">
          <div className="mx-auto flex h-14 w-full max-w-5xl items-center gap-2 px-4">
            <span className="mr-auto font-semibold tracking-tight">{m.app_name()}</span>
            <LocaleSelect />
            <Button variant="ghost" size="sm" onClick={() => signOut()} isLoading={pending}>
              {m.action_sign_out()}
            </Button>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-lg flex-1 px-4 py-8">
          {children}
        </main>
      </div>
      <Toaster />
    </QueryProvider>
  );
}
