import { roleLabel } from '~/lib/i18n/role-label';
import { m } from '~/paraglide/messages';
import type { ActivityDetails } from './activity.service';

const FIELD_LABELS: Record<string, () => string> = {
  name: m.field_name,
  slug: m.field_slug,
  logo: m.field_logo_url,
};

/** An event in the reader's language ("invited ana@example.com as admin"); unknown actions as stored. */
export function describeActivity(action: string, details: ActivityDetails): string {
  const email = details.email ?? '—';
  const role = roleLabel(details.role ?? 'member');
  switch (action) {
    case 'invitation.create':
      return m.activity_invitation_create({ email, role });
    case 'invitation.resend':
      return m.activity_invitation_resend({ email });
    case 'invitation.cancel':
      return m.activity_invitation_cancel({ email });
    case 'invitation.accept':
      return m.activity_invitation_accept({ role });
    case 'member.update-role':
      return m.activity_member_update_role({
        email,
        from: roleLabel(details.from ?? ''),
        to: roleLabel(details.to ?? ''),
      });
    case 'member.remove':
      return m.activity_member_remove({ email });
    case 'member.leave':
      return m.activity_member_leave();
    case 'organization.transfer-ownership':
      return m.activity_transfer_ownership({ email });
    case 'organization.update':
      return m.activity_organization_update({
        fields: (details.changed ?? '')
          .split(',')
          .filter(Boolean)
          .map((field) => FIELD_LABELS[field]?.() ?? field)
          .join(', '),
      });
    case 'project.create':
      return m.activity_project_create({ name: details.name ?? '' });
    case 'project.rename':
      return m.activity_project_rename({ from: details.from ?? '', name: details.name ?? '' });
    case 'project.delete':
      return m.activity_project_delete({ name: details.name ?? '' });
    default:
      return action;
  }
}
