import { Body, Container, Head, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
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
          <Text style={{ color: '#737373', fontSize: 12, marginTop: 32 }}>
            You received this email because of an action on your Kit account. If it was not you, ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
