#!/usr/bin/env node
// Packs dist/data/names.json (the raw name lists) into dist/data/names.bin, the
// typed-array tables the people/places stage reads at run time. Runs after tsc
// in `npm run build`, with the compiled builder.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { packGazetteer } = await import(path.join(root, 'dist', 'extract', 'names', 'gazetteer-build.js'));
const raw = readFileSync(path.join(root, 'dist', 'data', 'names.json'), 'utf8');
const out = path.join(root, 'dist', 'data', 'names.bin');
const buf = packGazetteer(raw);
writeFileSync(out, buf);
console.error(`packed ${path.relative(root, out)} (${(buf.length / 1e6).toFixed(1)} MB)`);
