import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import { jobWords } from './dictionary.js';

const require = createRequire(import.meta.url);

let jieba: Jieba | undefined;
const extraWords: string[] = [];

/**
 * Words to keep whole besides the built-in job dictionary (taxonomy labels). Call before the
 * first cut; later words are added to the loaded segmenter too.
 */
export function addWords(words: Iterable<string>): void {
  const list = [...words].filter((w) => w.trim().length > 1);
  extraWords.push(...list);
  if (jieba && list.length) jieba.loadDict(userDict(list));
}

function userDict(words: string[]): Buffer {
  // A high frequency makes jieba prefer the whole word over its parts.
  return Buffer.from(words.map((w) => `${w.replaceAll(' ', '')} 200000 n`).join('\n'));
}

/** The segmenter, loaded once per process (~200 ms: the general dictionary plus ours). */
function segmenter(): Jieba {
  if (!jieba) {
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = JiebaClass.withDict(dict);
    jieba.loadDict(userDict([...jobWords, ...extraWords]));
  }
  return jieba;
}

/** jieba's precise cut (no overlapping sub-words), for splitting a query into the words typed. */
export function cutWords(text: string): string[] {
  return segmenter().cut(text, false);
}

/** jieba's search-mode cut: every word and the dictionary words inside it. */
export function cutForSearch(text: string): string[] {
  return segmenter().cutForSearch(text, false);
}
