import { Card, Typography } from 'antd';
import { useDocumentTitle } from '../../app/useDocumentTitle';

/** A policy page; the full text is published here when it is ready. */
export function LegalPage({ title, body }: { title: string; body: string }) {
  useDocumentTitle(title);
  return (
    <Card className="legal-page">
      <Typography.Title level={2}>{title}</Typography.Title>
      <Typography.Paragraph>{body}</Typography.Paragraph>
    </Card>
  );
}
