import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout } from './layout';

/** Every string arrives translated: the app owns the wording, in the recipient's language. */
export interface ActionEmailProps {
  lang: string;
  preview: string;
  heading: string;
  paragraphs: string[];
  actionLabel: string;
  actionUrl: string;
  /** Introduces the plain link under the button, e.g. "Or open this link:". */
  linkHint: string;
  footnote?: string;
  footer: string;
}

/** The shape of every transactional email: a heading, a few lines and one button with its link. */
export function ActionEmail({
  lang,
  preview,
  heading,
  paragraphs,
  actionLabel,
  actionUrl,
  linkHint,
  footnote,
  footer,
}: ActionEmailProps) {
  return (
    <EmailLayout lang={lang} preview={preview} footer={footer}>
      <Heading as="h1" style={{ fontSize: 20 }}>
        {heading}
      </Heading>
      {paragraphs.map((paragraph) => (
        <Text key={paragraph}>{paragraph}</Text>
      ))}
      <Button
        href={actionUrl}
        style={{ backgroundColor: '#171717', borderRadius: 6, color: '#ffffff', padding: '10px 16px' }}
      >
        {actionLabel}
      </Button>
      <Text style={{ color: '#737373', fontSize: 13 }}>
        {linkHint} {actionUrl}
      </Text>
      {footnote ? <Text style={{ color: '#737373', fontSize: 13 }}>{footnote}</Text> : null}
    </EmailLayout>
  );
}
