import { configureAuth } from '@kit/better-auth/setup';
import { definePlugin } from 'nitro';
import { authEmails } from '../features/emails/auth-emails';
import { extractLocaleFromRequest } from '../paraglide/runtime';
import { signInMethods } from '../sign-in-methods';

// The app's choices for @kit/better-auth, made once when the server starts, before any request.
export default definePlugin(() => {
  // A new user's stored language is the one their sign-up was made in (cookie, then Accept-Language).
  configureAuth({ emails: authEmails, signInMethods, localeOf: extractLocaleFromRequest });
});
