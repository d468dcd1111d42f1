import { toast } from '@kit/ui/toast';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { errorMessage } from './errors';

/** A mutation that toasts its outcome and reloads the current route's data. */
export function useReloadingMutation<TInput>(
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
