import { z } from 'zod';

/** What the landing page is rendered for: only which calls to action it shows depends on the visitor. */
export const landingPageInputSchema = z.object({ signedIn: z.boolean() });
