import { describe, expect, it } from 'vitest';
import { sample } from '../../test/uploads.js';
import { sniffFileKind } from './sniff.js';

describe('sniffFileKind', () => {
  it.each([
    ['pdf', sample.pdf()],
    ['doc', sample.doc()],
    ['docx', sample.docx()],
    ['jpeg', sample.jpeg()],
    ['png', sample.png()],
    ['webp', sample.webp()],
  ])('recognises %s from its bytes', (kind, bytes) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });

  it.each([
    ['plain text', sample.text()],
    ['an empty file', Buffer.alloc(0)],
    ['a ZIP that is not a Word document, though it mentions word/', sample.zip()],
    ['a ZIP signature with no archive behind it', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ['RIFF that is not WebP (WAV)', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVEfmt ')])],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>')],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffFileKind(bytes)).toBeNull();
  });
});
