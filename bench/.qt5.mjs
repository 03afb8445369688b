import { quickParse } from '/work/main/dist/io/quick-yaml.js';
import { parseDocument, LineCounter } from 'yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
const seen = new Set(); let seed = 555; const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const base = [...readdirSync('/work/main/catalogs/national').map(f=>'catalogs/national/'+f), 'test/fixtures/hostile/anchors-ok.yaml', 'bench/.work/province/c1/k1/t1/region.yaml'].map(f=>readFileSync('/work/main/'+f,'utf8'));
const inserts = [':', ' ', '  ', '-', '- ', '\n', '"', "'", '[', ']', '{', '}', ',', '#', '?', '|', '>', '\n  ', '\n- ', 'a: b', ': x', '0', '1.5', 'null', 'true', '~', '\u3000', '\u00a0', '`', '@', '=', '\r'];
let mutants = 0, quick = 0, bad = 0;
for (let n = 0; n < 300000; n++) {
  let text = base[n % base.length];
  const k = 1 + Math.floor(rand() * 3);
  for (let j = 0; j < k; j++) {
    const pos = Math.floor(rand() * text.length);
    const op = rand();
    if (op < 0.4) text = text.slice(0, pos) + inserts[Math.floor(rand()*inserts.length)] + text.slice(pos);
    else if (op < 0.7) text = text.slice(0, pos) + text.slice(pos + 1 + Math.floor(rand() * 3));
    else { const lines = text.split('\n'); const i = Math.floor(rand()*lines.length); lines.splice(i, 0, lines[Math.floor(rand()*lines.length)]); text = lines.join('\n'); }
  }
  mutants++;
  const q = quickParse(text);
  if (!q) continue;
  quick++;
  const doc = parseDocument(text, { lineCounter: new LineCounter(), merge: true, prettyErrors: false });
  if (doc.errors.length || doc.warnings.length) { bad++; if (!seen.has(text)) { seen.add(text); const p=doc.errors[0].pos[0]; console.log('PRECISE REJECTS:', doc.errors[0].code, JSON.stringify(text.slice(Math.max(0,p-150), p+80))); } continue; }
  let data; try { data = doc.toJS({ maxAliasCount: 10000 }); } catch (e) { bad++; console.log('toJS throws'); continue; }
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data)), JSON.parse(JSON.stringify(q.data)))) { bad++; if (bad < 400) { if (seen.has(text)) continue; seen.add(text); const a=JSON.stringify(data), b=JSON.stringify(q.data); let i=0; while(a[i]===b[i]) i++; console.log('DIFFER precise:', a.slice(Math.max(0,i-60), i+60), '\n   quick:', b.slice(Math.max(0,i-60), i+60)); } }
}
console.log({ mutants, quick, bad });
