import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderRulesDoc } from './rulesDoc';

const target = path.resolve(__dirname, '../docs/rules.md');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderRulesDoc());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
