// What the organization's activity log records. The names are stored in audit_log.action; the admin
// panel's audit view shows them as they are, the activity page translates them (activity-labels.ts).

export const ORGANIZATION_ACTIVITY = [
  'invitation.create',
  'invitation.resend',
  'invitation.cancel',
  'invitation.accept',
  'member.update-role',
  'member.remove',
  'member.leave',
  'organization.transfer-ownership',
  'organization.update',
  'project.create',
  'project.rename',
  'project.delete',
] as const;

export type OrganizationActivity = (typeof ORGANIZATION_ACTIVITY)[number];
