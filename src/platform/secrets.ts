import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from './logger.js';

/**
 * Returns the server secret: SECRET_KEY when set, otherwise a key generated once into
 * DATA_DIR/secret.key with mode 0600. A generated key is fine for trying Renhe; a real site
 * sets SECRET_KEY from its secret store, which is why start-up warns.
 */
export function loadServerSecret(configured: string | undefined, dataDir: string, log?: Logger): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDir, 'secret.key');
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  log?.warn('SECRET_KEY is not set: using the key generated in the data folder. Set SECRET_KEY on a real site.');
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}
