/**
 * A tiny HTML builder that escapes by default: every interpolated value is escaped unless it is
 * itself the result of `html`, so text from the inventory or from configuration can never
 * become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function piece(value: Part): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += piece(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Markup that is already safe (fixed strings written in this folder, never data). */
export function trusted(markup: string): Html {
  return new Html(markup);
}
