/** Italian. */
import type { Words } from './types';

export const it: Words = {
  headings: {
    reporting: ['segnala', 'vulnerabilit', 'contatt'],
    supportedVersions: ['versioni supportate'],
    response: ['tempi di risposta', 'risposta'],
    disclosure: ['divulga'],
    scope: ['ambito'],
    safeHarbor: ['buona fede', 'porto sicuro'],
  },
  reporting: ['segnala'],
  policy: ['vulnerabilit', 'problema di sicurezza'],
  vulnerability: ['vulnerabilit', 'problema di sicurezza'],
  response: ['informeremo', 'risposta', 'rispond', 'conferma'],
  disclosure: ['divulg'],
  negation: ['non', 'mai'],
  trackerNouns: ['problema'],
  trackerBefore: ['apra'],
  trackerAfter: ['aprire', 'creare'],
  githubPrivate: ['segnalazione privata delle vulnerabilità'],
  supportedVersions: ['versioni supportate', "solo l'ultima"],
  scope: ["fuori dall'ambito", 'fuori ambito'],
  safeHarbor: ['buona fede', 'porto sicuro'],
  noLegalAction: [],
  resourceHeadings: ['risorse'],
  publicKey: ['chiave pubblica'],
  keyServer: ['server di chiavi'],
  template: [
    'Usa questa sezione per',
    'quali versioni del tuo progetto',
    "Di' loro dove",
    "di' loro dove",
    'Descrivilo qui',
    'descrivilo qui',
  ],
};
