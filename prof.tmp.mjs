import { readFileSync, readdirSync } from 'node:fs';
const f = readdirSync('/tmp/prof')[0];
const p = JSON.parse(readFileSync('/tmp/prof/' + f, 'utf8'));
const dt = {}; for (let i = 0; i < p.samples.length; i++) dt[p.samples[i]] = (dt[p.samples[i]] || 0) + (p.timeDeltas[i] || 0);
const self = new Map();
for (const n of p.nodes) { const k = `${n.callFrame.functionName || '(anon)'} :${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (dt[n.id] || 0)); }
// inclusive by module-ish: map node -> parent
const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
const byId = new Map(p.nodes.map(n => [n.id, n]));
const incl = new Map();
for (const n of p.nodes) { const t = dt[n.id] || 0; if (!t) continue; const seen = new Set(); let id = n.id; while (id !== undefined) { const m = byId.get(id); const k = m.callFrame.functionName || '(anon)'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + t); } id = parent.get(id); } }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
console.log('--- self'); for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(0).padStart(6), k);
console.log('--- inclusive'); for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 1000).toFixed(0).padStart(6), k);
