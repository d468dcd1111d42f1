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
import type { ReactNode } from 'react';
import { localeName, switchLocale } from '~/components/locale-select';
import { useSignOut } from '~/features/account/use-sign-out';
import { THEME_PREFERENCES, type ThemePreference } from '~/lib/theme/theme-preference';
import { useTheme } from '~/lib/theme/use-theme';
import { m } from '~/paraglide/messages';
import { getLocale, locales } from '~/paraglide/runtime';
import { USER_MENU_TRIGGER } from './user-menu-trigger';

const THEME_LABELS: Record<ThemePreference, () => string> = {
  light: m.theme_light,
  dark: m.theme_dark,
  system: m.theme_system,
};

/** The user menu itself (Radix): settings, theme, language and sign-out. Loaded after hydration. */
export default function UserMenuDropdown({
  trigger,
  email,
  defaultOpen,
}: {
  trigger: ReactNode;
  email: string;
  defaultOpen: boolean;
}) {
  const navigate = useNavigate();
  const { signOut, pending } = useSignOut();
  const theme = useTheme();
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger
        data-testid="user-menu"
        aria-busy={pending || undefined}
        className={USER_MENU_TRIGGER}
      >
        {trigger}
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
          onValueChange={switchLocale}
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
