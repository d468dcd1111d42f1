import { useSession } from '@kit/better-auth/react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@kit/ui/dropdown-menu';
import { useNavigate } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { localeName, switchLocale } from '~/components/locale-select';
import { useSignOut } from '~/lib/auth/use-sign-out';
import { rememberLocale } from '~/lib/i18n/remember-locale.functions';
import { THEME_PREFERENCES, type ThemePreference } from '~/lib/theme/theme-preference';
import { useTheme } from '~/lib/theme/use-theme';
import { m } from '~/paraglide/messages';
import { getLocale, locales } from '~/paraglide/runtime';
import { UserIdentity, userMenuTriggerClass } from './user-identity';

const THEME_LABELS: Record<ThemePreference, () => string> = {
  light: m.theme_light,
  dark: m.theme_dark,
  system: m.theme_system,
};

/** The user menu's Radix dropdown, loaded after the page is interactive: see `user-menu.tsx`. */
export default function UserMenuDropdown({ defaultOpen }: { defaultOpen: boolean }) {
  const auth = useSession();
  const navigate = useNavigate();
  const { signOut, pending } = useSignOut();
  const theme = useTheme();
  const rememberLocaleFn = useServerFn(rememberLocale);
  if (!auth.user) return null;
  const { email } = auth.user;
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger
        data-testid="user-menu"
        aria-busy={pending || auth.isPending || undefined}
        className={userMenuTriggerClass}
      >
        <UserIdentity user={auth.user} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" side="top" className="w-64">
        <DropdownMenuLabel className="truncate">{email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => navigate({ to: '/settings/profile' })}>
          {m.nav_settings()}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuLabel id="theme-menu-label">{m.theme_label()}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          aria-labelledby="theme-menu-label"
          value={theme.preference}
          onValueChange={(value) => {
            const next = THEME_PREFERENCES.find((preference) => preference === value);
            if (next) theme.setPreference(next);
          }}
        >
          {THEME_PREFERENCES.map((preference) => (
            <DropdownMenuRadioItem key={preference} value={preference}>
              {THEME_LABELS[preference]()}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuLabel id="language-menu-label">{m.language_label()}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          aria-labelledby="language-menu-label"
          value={getLocale()}
          onValueChange={(value) => switchLocale(value, (locale) => rememberLocaleFn({ data: { locale } }))}
        >
          {locales.map((locale) => (
            <DropdownMenuRadioItem key={locale} value={locale} lang={locale}>
              {localeName(locale)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOut()}>{m.action_sign_out()}</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
