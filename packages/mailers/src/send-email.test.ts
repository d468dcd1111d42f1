import { createLogger, logMail } from '@kit/logger';
import { afterEach, describe, expect, it } from 'vitest';
import { sendEmail, setMailTransport } from './send-email';
import { ActionEmail } from './templates/action-email';
import { emailsInLog } from './testing';
import { createLogTransport, type OutgoingEmail } from './transports';

describe('sendEmail', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('renders a template to HTML and a plain-text part with the link', async () => {
    const sent: OutgoingEmail[] = [];
    restore = setMailTransport({ kind: 'log', send: async (email) => void sent.push(email) });
    await sendEmail({
      to: 'ada@example.test',
      subject: 'Join Acme',
      template: ActionEmail({
        lang: 'de',
        preview: 'Bob hat Sie zu Acme eingeladen',
        heading: 'Acme beitreten',
        paragraphs: ['Bob hat Sie eingeladen, Acme als Admin beizutreten.'],
        actionLabel: 'Einladung ansehen',
        actionUrl: 'http://localhost:3000/invitations/abc',
        linkHint: 'Oder öffnen Sie diesen Link:',
        footer: 'Sie erhalten diese E-Mail, weil jemand diese Adresse bei Kit verwendet hat.',
      }),
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.html).toContain('href="http://localhost:3000/invitations/abc"');
    expect(sent[0]?.text).toContain('http://localhost:3000/invitations/abc');
    expect(sent[0]?.html).toContain('lang="de"');
    expect(sent[0]?.text).toContain('Bob hat Sie eingeladen, Acme als Admin beizutreten.');
    expect(sent[0]?.text).toContain('Oder öffnen Sie diesen Link:');
    expect(sent[0]?.text).not.toContain('<');
  });

  it('writes one JSON line per message with its links in the development transport', async () => {
    const lines: string[] = [];
    // The production format: one JSON line from the process logger.
    const jsonLogger = createLogger({
      pretty: false,
      destination: { write: (line) => void lines.push(line) },
    });
    const transport = createLogTransport((entry) => logMail(entry, jsonLogger));
    await transport.send({
      from: 'a@b.c',
      to: 'x@example.test',
      subject: 'Hello',
      html: '<p>x</p>',
      text: 'Open https://app.example/verify?token=1 or https://app.example/verify?token=1 now',
    });
    expect(emailsInLog(`noise\n${lines.join('')}more noise`)).toEqual([
      expect.objectContaining({
        to: 'x@example.test',
        subject: 'Hello',
        links: ['https://app.example/verify?token=1'],
      }),
    ]);
  });
});
