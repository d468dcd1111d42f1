import type { ReactNode } from 'react';
import { SettingsSection } from '~/components/settings-section';
import { m } from '~/paraglide/messages';

/** The person's own settings (/settings/profile, /security, /sessions): their tabs only. */
export function UserSettingsFrame({ children }: { children: ReactNode }) {
  return (
    <SettingsSection
      label={m.settings_user_title()}
      tabs={[
        { to: '/settings/profile', label: m.settings_profile() },
        { to: '/settings/security', label: m.settings_security() },
        { to: '/settings/sessions', label: m.settings_sessions() },
      ]}
    >
      {children}
    </SettingsSection>
  );
}
