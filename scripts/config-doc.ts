import fs from 'node:fs';
import { renderConfigReference } from '../src/platform/config.js';

fs.writeFileSync('docs/CONFIG.md', renderConfigReference());
console.log('wrote docs/CONFIG.md');
