import { authAction, notWhileImpersonating, validateInput } from '@kit/action-middleware';
import { getDatabase } from '@kit/database';
import { user } from '@kit/database/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { locales } from '~/paraglide/runtime';

const rememberLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * Stores the language the signed-in user switched to, so emails sent without a request of theirs
 * (billing webhooks) speak it. An impersonating admin's switch is refused: it is not the user's choice.
 */
export const rememberLocale = authAction
  .middleware([notWhileImpersonating])
  .validator(validateInput(rememberLocaleSchema))
  .handler(async ({ data, context }) => {
    await getDatabase().update(user).set({ locale: data.locale }).where(eq(user.id, context.user.id));
    return { locale: data.locale };
  });
