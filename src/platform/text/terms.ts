import { cutWords } from './segment.js';

/**
 * Search terms. A document is indexed as the set of every pair of adjacent Chinese characters
 * (bigrams) in it plus its Latin words, each stored as a 32-bit hash (an int4[] with a GIN index).
 * A keyword matches when all of its bigrams are present, so whatever a substring search
 * (`LIKE '%keyword%'`) finds is found too — including 土建工程师 for 工程师, which a word
 * segmenter alone misses — and a word missing from every dictionary is still found. jieba (with the
 * job dictionary) splits the query into the words a person typed, so 北京仓库管理员 asks for 北京
 * and 仓库管理员, not for the pair 京仓 that straddles them.
 */

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const RUNS = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9]+)*/g;

/** Full-width to half-width, compatibility forms folded, Latin lower-cased. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (a PostgreSQL int4). */
export function termHash(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function addRunTerms(run: string, into: Set<number>): void {
  if (!CJK.test(run[0] ?? '')) {
    into.add(termHash(run));
    return;
  }
  if (run.length === 1) {
    into.add(termHash(run));
    return;
  }
  for (let i = 0; i + 1 < run.length; i++) into.add(termHash(run.slice(i, i + 2)));
}

/** The term hashes of some texts (title, description, tags …), deduplicated and sorted. */
export function documentTerms(...texts: (string | null | undefined)[]): number[] {
  const terms = new Set<number>();
  for (const text of texts) {
    if (!text) continue;
    for (const m of normalise(text).matchAll(RUNS)) addRunTerms(m[0], terms);
  }
  return [...terms].sort((a, b) => a - b);
}

export interface ParsedQuery {
  /** The words as typed (normalised), for highlighting: every one must match. */
  words: string[];
  /** Every term hash a matching document contains (the words' bigrams and Latin words). */
  terms: number[];
  /** Words of a single Chinese character: too short for bigrams, matched in titles instead. */
  singles: string[];
}

const MAX_WORDS = 8;

/** A keyword string as the search needs it; an empty `words` means "no keyword". */
export function parseQuery(q: string | undefined | null): ParsedQuery {
  const words: string[] = [];
  for (const m of normalise(q ?? '').matchAll(RUNS)) {
    const run = m[0];
    if (!CJK.test(run[0] ?? '')) words.push(run);
    else if (run.length <= 2) words.push(run);
    else words.push(...cutWords(run).filter((w) => w.trim()));
  }
  // A one-character word beside longer ones is mostly a particle (的, 在): it narrows nothing.
  const unique = [...new Set(words)];
  const kept = unique.some((w) => w.length > 1) ? unique.filter((w) => w.length > 1 || !CJK.test(w)) : unique;
  const chosen = kept.slice(0, MAX_WORDS);
  const terms = new Set<number>();
  const singles: string[] = [];
  for (const w of chosen) {
    if (w.length === 1 && CJK.test(w)) singles.push(w);
    else addRunTerms(w, terms);
  }
  return { words: chosen, terms: [...terms].sort((a, b) => a - b), singles };
}
