import { toast } from '@kit/ui/toast';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { errorMessage } from '~/lib/errors';

/** An admin action: toast its outcome and reload the page's data. */
export function useAdminMutation<TInput>(
  action: (input: TInput) => Promise<unknown>,
  successMessage: string,
) {
  const router = useRouter();
  return useMutation({
    mutationFn: action,
    onSuccess: async () => {
      toast.success(successMessage);
      await router.invalidate();
    },
    onError: (error) => toast.error(errorMessage(error)),
  });
}
