import { configureAuth } from '@kit/better-auth/setup';
import { definePlugin } from 'nitro';
import { authEmails } from '../features/emails/auth-emails';
import { signInMethods } from '../sign-in-methods';

// The app's choices for @kit/better-auth, made once when the server starts, before any request.
export default definePlugin(() => {
  configureAuth({ emails: authEmails, signInMethods });
});
