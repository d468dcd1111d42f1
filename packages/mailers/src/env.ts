import { z } from 'zod';

const mailEnvSchema = z.object({
  /** smtp:// or smtps:// URL. Unset: messages are written to the server log instead of sent. */
  SMTP_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ error: 'SMTP_URL must be an smtp:// or smtps:// URL' }).optional())
    .optional(),
  MAIL_FROM: z.string().trim().min(3).default('Kit <no-reply@localhost>'),
  /**
   * "true" lets a production server without SMTP_URL write links into its log (test deployments and the
   * kit's own test suites). Otherwise production withholds them: they carry sign-in and reset tokens.
   */
  MAIL_LOG_LINKS: z.enum(['true', 'false']).optional(),
});

export type MailEnv = z.infer<typeof mailEnvSchema>;

export function parseMailEnv(source: Record<string, string | undefined> = process.env): MailEnv {
  return mailEnvSchema.parse(source);
}
