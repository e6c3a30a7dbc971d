import type { ReactNode } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { type PolicyDocument, policyHref } from './policyHref';

/**
 * A link to a published policy page, opened in a new tab. Those pages are served by the platform
 * as plain HTML, outside the web app, so this is a plain <a href> rather than a router link.
 */
export function PolicyLink({ document, children }: { document: PolicyDocument; children?: ReactNode }) {
  const { language } = useFormat();
  return (
    <a href={policyHref(document, language)} target="_blank" rel="noopener">
      {children}
    </a>
  );
}
