/** Who acts in an organization service call: always taken from the session, never from input. */
export interface OrganizationActor {
  userId: string;
  sessionId: string;
  organizationId: string;
  role: string;
}
