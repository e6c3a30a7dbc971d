import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

const phone = '13812345678';
const idNumber = '11010519491231002X';
const email = 'zhang.san@example.com';
const token = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5d2FsZG8';

describe('logger redaction', () => {
  it('removes phone numbers, ID numbers, e-mails, codes and tokens from messages and objects', () => {
    const { lines, log } = capture();
    log.info(`user ${phone} with id ${idNumber} wrote from ${email} using ${token}`);
    log.info(
      { body: { phone, code: '482913', note: `call +86 ${phone}` }, headers: { cookie: `renhe_session=${token}`, authorization: `Bearer ${token}` } },
      'request body',
    );
    log.warn({ nested: [{ contact: email }, `id ${idNumber}`] }, 'nested');
    log.error({ err: new Error(`failed for ${phone} / ${email}`) }, 'failure');
    const out = lines.join('');
    for (const secret of [phone, idNumber, email, token, '482913']) expect(out).not.toContain(secret);
    expect(out).toContain('[phone]');
    expect(out).toContain('[id-number]');
    expect(out).toContain('[email]');
    expect(out).toContain('[token]');
  });

  it('keeps ids and ordinary numbers readable', () => {
    const { lines, log } = capture();
    log.info({ userId: '3b241101-e2bb-4255-8caf-4136c566a962', jobs: 360, ms: 1732300000000 }, 'seeded');
    const out = lines.join('');
    expect(out).toContain('3b241101-e2bb-4255-8caf-4136c566a962');
    expect(out).toContain('1732300000000');
  });
});
