import { configureAuth } from '../server';

// Package tests drive better-auth directly (no app server): they configure it as the app would, with
// emails that go nowhere. The HTTP suites use the app's own configuration, in the built server.
configureAuth({
  emails: {
    sendVerificationEmail: async () => {},
    sendPasswordResetEmail: async () => {},
    sendMagicLinkEmail: async () => {},
  },
});
