import { readFileSync } from 'fs';
import { markdownRules, DEFAULT_CONFIG } from './server/src/engine';
import { PolicyDocument } from './server/src/engine/policy';
for (const f of ['001_857ed500d181d40a','004_6b676d4ed55cad0f']) {
  const t = readFileSync(`/work/shared/seeds/${f}.txt`,'utf8');
  const totals = new Map<string, number>();
  for (let i = 0; i < 200; i++) {
    const doc = new PolicyDocument(t);
    let s = performance.now(); doc.markdown; totals.set('parse', (totals.get('parse')??0) + performance.now()-s);
    s = performance.now(); doc.masked; doc.prose; totals.set('mask', (totals.get('mask')??0) + performance.now()-s);
    for (const r of markdownRules) { s = performance.now(); r.check(doc, { env: { today: new Date() }, report: () => {} }); totals.set(r.meta.id, (totals.get(r.meta.id)??0) + performance.now()-s); }
  }
  console.log(f, [...totals].sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>`${k}=${(v/200).toFixed(2)}`).join(' '));
}
