import { Body, Container, Head, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export interface EmailLayoutProps {
  /** The language of the copy (the caller translates it: this package holds no user-facing text). */
  lang: string;
  preview: string;
  /** Why the recipient got this email. */
  footer: string;
  children: ReactNode;
}

export function EmailLayout({ lang, preview, footer, children }: EmailLayoutProps) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: '#f6f6f6', fontFamily: 'system-ui, -apple-system, sans-serif' }}>
        <Container
          style={{
            backgroundColor: '#ffffff',
            borderRadius: 8,
            margin: '32px auto',
            padding: 32,
            maxWidth: 480,
          }}
        >
          <Section>{children}</Section>
          <Text style={{ color: '#737373', fontSize: 12, marginTop: 32 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
