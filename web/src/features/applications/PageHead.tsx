import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The heading block every page of this feature opens with. */
export function PageHead({ eyebrow, title, intro, extra }: { eyebrow?: string; title: string; intro?: ReactNode; extra?: ReactNode }) {
  return (
    <header>
      {eyebrow && <p className="admin-page__eyebrow">{eyebrow}</p>}
      <Typography.Title level={2} className="admin-page__title">
        {title}
      </Typography.Title>
      {intro && <p className="muted admin-page__intro">{intro}</p>}
      {extra}
    </header>
  );
}
