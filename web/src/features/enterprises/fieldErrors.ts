import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../../api/errors';

/**
 * Puts a refusal on the form field the server names (details.field, or details.fields[].field),
 * so "check character wrong" shows under the credit code. Returns the message when no field of
 * this form is named, for an alert above the form.
 */
export function showOnField<Values>(form: FormInstance<Values>, error: unknown, fields: readonly string[]): string | null {
  const message = errorMessage(error);
  if (error instanceof ApiError && error.details) {
    const named = new Set<string>();
    if (typeof error.details.field === 'string') named.add(error.details.field);
    if (Array.isArray(error.details.fields)) {
      for (const f of error.details.fields as { field?: unknown }[]) if (typeof f?.field === 'string') named.add(f.field);
    }
    const mine = [...named].filter((name) => fields.includes(name));
    if (mine.length > 0) {
      form.setFields(mine.map((name) => ({ name: name as never, errors: [message] })));
      return null;
    }
  }
  return message;
}
