import type { ConsentItem } from '../../api/types';

export type ConsentGroupKey = 'recommendation' | 'recruiterContact' | 'marketing' | 'other';

export interface ConsentGroup {
  key: ConsentGroupKey;
  items: ConsentItem[];
}

function groupOf(purpose: string): ConsentGroupKey {
  if (purpose === 'personalised_recommendation') return 'recommendation';
  if (purpose === 'recruiter_contact') return 'recruiterContact';
  if (purpose.startsWith('marketing.')) return 'marketing';
  return 'other';
}

const ORDER: ConsentGroupKey[] = ['recommendation', 'recruiterContact', 'marketing', 'other'];

/**
 * Splits the server's list into the required consents (agreed at sign-up, shown without a switch)
 * and the optional ones in display groups. Only what the server lists is shown: recruiter contact,
 * for example, is offered to job seekers alone. Purposes added later land in "other".
 */
export function groupConsents(purposes: ConsentItem[]): { required: ConsentItem[]; groups: ConsentGroup[] } {
  const required = purposes.filter((p) => p.required);
  const optional = purposes.filter((p) => !p.required);
  const groups = ORDER.map((key) => ({ key, items: optional.filter((p) => groupOf(p.purpose) === key) })).filter((g) => g.items.length > 0);
  return { required, groups };
}
