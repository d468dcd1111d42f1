import { Avatar } from '@kit/ui/avatar';

/** The trigger's content: the account's initials and its name (the personal account has no disc). */
export function AccountLabel({ label, seed }: { label: string; seed: string | undefined }) {
  return (
    <span className="flex min-w-0 items-center gap-2">
      {seed ? <Avatar name={label} seed={seed} className="size-5 rounded-md text-[10px]" /> : null}
      <span className="truncate">{label}</span>
    </span>
  );
}
