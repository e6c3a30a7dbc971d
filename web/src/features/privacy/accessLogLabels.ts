import type { TFunction } from 'i18next';
import type { AccessLogEntry } from '../../api/types';

const FIELDS = [
  'phone',
  'name',
  'resume',
  'display_name',
  'birth_date',
  'gender',
  'city',
  'role',
  'status',
  'created_at',
  'password_hash',
  'user_agent',
  'details',
] as const;
const ROLES = ['operator', 'recruiter', 'seeker', 'system'] as const;
const ACTIONS = ['read', 'export', 'erase', 'disclose_by_application', 'disclose_by_contact_request', 'revoke_disclosure'] as const;
// Entries the person made themselves: handing their details to an enterprise, or taking that back.
const OWN_ACTIONS: readonly string[] = ['disclose_by_application', 'disclose_by_contact_request', 'revoke_disclosure'];

const known = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

// Stored forms of a field, named for the field itself.
const ALIASES: Record<string, string> = { phone_enc: 'phone', phone_index: 'phone' };

/** "phone" or "users.phone_enc" → 手机号 / phone number; names we do not know are shown as they are. */
export function fieldLabel(t: TFunction, field: string): string {
  const name = field.includes('.') ? field.slice(field.lastIndexOf('.') + 1) : field;
  const column = ALIASES[name] ?? name;
  return known(FIELDS, column) ? t(`privacy.accessLog.fields.${column}`) : field;
}

export function actorLabel(t: TFunction, entry: AccessLogEntry): string {
  if (OWN_ACTIONS.includes(entry.action)) return t('privacy.accessLog.roles.self');
  return known(ROLES, entry.actorRole) ? t(`privacy.accessLog.roles.${entry.actorRole}`) : entry.actorRole;
}

export function actionLabel(t: TFunction, entry: AccessLogEntry): string {
  return known(ACTIONS, entry.action) ? t(`privacy.accessLog.actions.${entry.action}`) : t('privacy.accessLog.actions.other');
}

export function fieldList(t: TFunction, fields: string[]): string {
  if (fields.length === 0) return t('privacy.accessLog.noFields');
  // The same column of several tables (users.phone, sms_codes.phone) reads as one item.
  return [...new Set(fields.map((f) => fieldLabel(t, f)))].join(t('privacy.accessLog.fieldSeparator'));
}
