import { Button, Heading, Text } from '@react-email/components';
import { EmailLayout } from './layout';

export interface ActionEmailProps {
  preview: string;
  heading: string;
  paragraphs: string[];
  actionLabel: string;
  actionUrl: string;
  footnote?: string;
}

/** The shape of every transactional email: a heading, a few lines and one button with its link. */
export function ActionEmail({
  preview,
  heading,
  paragraphs,
  actionLabel,
  actionUrl,
  footnote,
}: ActionEmailProps) {
  return (
    <EmailLayout preview={preview}>
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
      <Text style={{ color: '#737373', fontSize: 13 }}>Or open this link: {actionUrl}</Text>
      {footnote ? <Text style={{ color: '#737373', fontSize: 13 }}>{footnote}</Text> : null}
    </EmailLayout>
  );
}
