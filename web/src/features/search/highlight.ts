/** One piece of a text: matched by a keyword or not, with its offset (a stable key). */
export interface Piece {
  at: number;
  text: string;
  hit: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` where any of `words` occurs, ignoring case; longer words win where they overlap.
 * The pieces are plain strings, rendered as text (never as markup).
 */
export function splitByWords(text: string, words: readonly string[]): Piece[] {
  const wanted = [...new Set(words.map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).slice(0, 20);
  if (!text || !wanted.length) return text ? [{ at: 0, text, hit: false }] : [];
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'giu');
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    if (at > last) pieces.push({ at: last, text: text.slice(last, at), hit: false });
    pieces.push({ at, text: match[0], hit: true });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ at: last, text: text.slice(last), hit: false });
  return pieces;
}
