import type { ClientIdentity } from '@kit/better-auth/identity';
import { organizationRoleCan } from '@kit/better-auth/permissions';
import { Button } from '@kit/ui/button';
import { Card, CardContent, CardFooter } from '@kit/ui/card';
import { FormError } from '@kit/ui/form-field';
import { useRouter } from '@tanstack/react-router';
import { useServerFn } from '@tanstack/react-start';
import { useState } from 'react';
import { InviteMemberForm } from '~/features/organization/invite-member-form';
import { switchAccount } from '~/features/organization/organizations.functions';
import { applyIdentity } from '~/lib/auth/identity-changes';
import { errorMessage } from '~/lib/errors';
import { m } from '~/paraglide/messages';
import { OnboardingProgress } from './onboarding-progress';
import { StepHeading } from './step-heading';
import { useFinishOnboarding } from './use-finish-onboarding';

/**
 * Step 3: invite teammates to the organization of step 2 (the active one), or skip. A session that came
 * back without it active (a new sign-in) first switches to it.
 */
export function InviteStep({ identity }: { identity: ClientIdentity }) {
  const done = useFinishOnboarding();
  const active = identity.organizations.find((org) => org.id === identity.activeOrganizationId);
  const organization = active ?? identity.organizations[0];
  const canInvite = active ? organizationRoleCan(active.role, { invitation: ['create'] }) : false;
  return (
    <>
      <OnboardingProgress current="invite" />
      <Card>
        <StepHeading title={m.onboarding_invite_title()}>
          {m.onboarding_invite_description({ name: organization?.name ?? '' })}
        </StepHeading>
        <CardContent className="space-y-4">
          <FormError message={done.error} />
          {active ? (
            canInvite ? (
              <InviteMemberForm viewerRole={active.role} />
            ) : null
          ) : organization ? (
            <ActivateOrganization organizationId={organization.id} name={organization.name} />
          ) : null}
        </CardContent>
        <CardFooter className="flex flex-col gap-3 sm:flex-row sm:justify-end">
          <Button variant="outline" onClick={() => done.finish('invite')} disabled={done.pending}>
            {m.onboarding_skip()}
          </Button>
          <Button onClick={() => done.finish('invite')} isLoading={done.pending}>
            {m.onboarding_finish()}
          </Button>
        </CardFooter>
      </Card>
    </>
  );
}

function ActivateOrganization({ organizationId, name }: { organizationId: string; name: string }) {
  const router = useRouter();
  const switchFn = useServerFn(switchAccount);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function activate() {
    setPending(true);
    setError(null);
    try {
      await applyIdentity(router, await switchFn({ data: { organizationId } }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="space-y-2">
      <FormError message={error} />
      <Button variant="outline" onClick={activate} isLoading={pending}>
        {m.onboarding_invite_to({ name })}
      </Button>
    </div>
  );
}
