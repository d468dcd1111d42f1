import { afterEach, describe, expect, it } from 'vitest';
import { sendEmail, setMailTransport } from './send-email';
import { InvitationEmail } from './templates/invitation-email';
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
      template: InvitationEmail({
        organizationName: 'Acme',
        inviterName: 'Bob',
        role: 'admin',
        acceptUrl: 'http://localhost:3000/invitations/abc',
        expiresAt: new Date('2030-01-01T00:00:00Z'),
      }),
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.html).toContain('href="http://localhost:3000/invitations/abc"');
    expect(sent[0]?.text).toContain('http://localhost:3000/invitations/abc');
    expect(sent[0]?.text).toContain('Bob invited you to join Acme as admin.');
    expect(sent[0]?.text).not.toContain('<');
  });

  it('writes one JSON line per message with its links in the development transport', async () => {
    const lines: string[] = [];
    const transport = createLogTransport((line) => lines.push(line));
    await transport.send({
      from: 'a@b.c',
      to: 'x@example.test',
      subject: 'Hello',
      html: '<p>x</p>',
      text: 'Open https://app.example/verify?token=1 or https://app.example/verify?token=1 now',
    });
    expect(emailsInLog(`noise\n${lines.join('\n')}\nmore noise`)).toEqual([
      expect.objectContaining({
        to: 'x@example.test',
        subject: 'Hello',
        links: ['https://app.example/verify?token=1'],
      }),
    ]);
  });
});
