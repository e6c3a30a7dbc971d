// Builds the web app when web/dist is missing or older than its sources, so `npm start` always
// serves the current UI without rebuilding on every start.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

const built = 'web/dist/index.html';
const sources = Math.max(newest('web/src'), fs.statSync('web/index.html').mtimeMs, fs.statSync('web/vite.config.ts').mtimeMs);
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
  console.log('building the web app…');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
