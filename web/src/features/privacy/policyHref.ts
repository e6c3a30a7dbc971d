import type { Language } from '../../i18n';

export type PolicyDocument = 'policy' | 'collected' | 'sharing';

const PATHS: Record<PolicyDocument, string> = {
  policy: '/privacy',
  collected: '/privacy/collected',
  sharing: '/privacy/sharing',
};

/**
 * A published policy page. These are served by the platform as plain HTML (not by the web app), so
 * they are linked with <a href>; the language is passed along so the page matches the one being read.
 */
export function policyHref(document: PolicyDocument, language: Language): string {
  return `${PATHS[document]}?lang=${language}`;
}
