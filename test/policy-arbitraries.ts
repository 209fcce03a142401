/** Random answers to the SECURITY.md and security.txt questions, for the generators' property tests. */
import fc from 'fast-check';
import { ACK_DAYS_CHOICES, POLICY_LOCATIONS, supportedRowsFor, type PolicyAnswers } from '../server/src';

export const RANK = { hint: 0, info: 1, warning: 2, error: 3 } as const;

export const word = fc.constantFrom('acme', 'widgets', 'orbit', 'lumen', 'kestrel', 'nimbus', 'quartz', 'tern');
export const domain = fc
  .tuple(word, fc.nat({ max: 99 }), fc.constantFrom('dev', 'org', 'io', 'net', 'de', 'co.uk'))
  .map(([w, n, tld]) => `${w}${n || ''}.${tld}`);
export const email = fc
  .tuple(fc.constantFrom('security', 'psirt', 'secure', 'vuln-report', 'cert'), domain)
  .map(([l, d]) => `${l}@${d}`);
export const httpsUrl = fc
  .tuple(domain, fc.constantFrom('', '/security', '/report', '/.well-known/pgp-key.asc', '/keys/security.asc'))
  .map(([d, p]) => `https://${d}${p}`);
export const repo = fc.tuple(word, word, fc.nat({ max: 9 })).map(([o, r, n]) => `${o}-org/${r}${n || ''}`);
export const version = fc
  .tuple(fc.nat({ max: 12 }), fc.nat({ max: 20 }), fc.nat({ max: 30 }))
  .map(([a, b, c]) => `${a}.${b}.${c}`);
export const today = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

export const policyAnswers: fc.Arbitrary<PolicyAnswers> = fc
  .record({
    location: fc.constantFrom(...POLICY_LOCATIONS),
    github: fc.option(repo, { nil: undefined }),
    email: fc.option(email, { nil: undefined }),
    formUrl: fc.option(httpsUrl, { nil: undefined }),
    encryptionKeyUrl: fc.option(httpsUrl, { nil: undefined }),
    ackDays: fc.constantFrom(...ACK_DAYS_CHOICES),
    disclosureDays: fc.option(fc.integer({ min: 30, max: 180 }), { nil: null }),
    supported: fc.option(version, { nil: undefined }).map((v) => supportedRowsFor(v)),
    scope: fc.boolean(),
    safeHarbor: fc.boolean(),
    today,
  })
  .filter((a) => !!(a.github || a.email || a.formUrl));
