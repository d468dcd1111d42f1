import { cn } from '@kit/ui/cn';
import { Link } from '@tanstack/react-router';
import { m } from '~/paraglide/messages';
import type { OnboardingStep } from './onboarding-steps';

const steps: Array<{ step: OnboardingStep; label: () => string }> = [
  { step: 'name', label: m.onboarding_step_name },
  { step: 'organization', label: m.onboarding_step_organization },
  { step: 'invite', label: m.onboarding_step_invite },
];

/**
 * "Step 2 of 3" and the steps by name; earlier steps are links back (the name can be changed again),
 * later ones plain text: a step is reached by finishing the one before.
 */
export function OnboardingProgress({ current }: { current: OnboardingStep }) {
  const index = steps.findIndex((entry) => entry.step === current);
  return (
    <nav aria-label={m.onboarding_progress_label()} className="mb-6 space-y-2">
      <p className="text-sm text-muted-foreground">
        {m.onboarding_step_of({ step: index + 1, total: steps.length })}
      </p>
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {steps.map((entry, position) => (
          <li
            key={entry.step}
            aria-current={position === index ? 'step' : undefined}
            className={cn(position === index ? 'font-medium' : 'text-muted-foreground')}
          >
            {position < index && entry.step === 'name' ? (
              <Link to="/onboarding/{-$step}" params={{ step: 'name' }} className="underline">
                {entry.label()}
              </Link>
            ) : (
              entry.label()
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
