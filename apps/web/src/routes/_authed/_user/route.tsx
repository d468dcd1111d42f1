import { createFileRoute } from '@tanstack/react-router';
import { SettingsSection } from '~/components/settings-section';
import { m } from '~/paraglide/messages';

/**
 * The person's own settings (/settings/profile, /security, /sessions), with their tabs only. The
 * organization's settings are a section of their own (_organization/_settings), with its own tabs.
 */
export const Route = createFileRoute('/_authed/_user')({
  component: UserSettingsLayout,
});

function UserSettingsLayout() {
  return (
    <SettingsSection
      label={m.settings_user_title()}
      tabs={[
        { to: '/settings/profile', label: m.settings_profile() },
        { to: '/settings/security', label: m.settings_security() },
        { to: '/settings/sessions', label: m.settings_sessions() },
      ]}
    />
  );
}
