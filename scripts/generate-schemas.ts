import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderSchemas } from './schemas';

const dir = path.resolve(__dirname, '../schemas');
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(renderSchemas())) fs.writeFileSync(path.join(dir, name), text);
console.log(`wrote ${Object.keys(renderSchemas()).length} schemas to schemas/`);
