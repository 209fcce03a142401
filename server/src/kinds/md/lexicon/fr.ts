/** French. */
import type { Words } from './types';

export const fr: Words = {
  headings: {
    reporting: ['signaler', 'signalement', 'vulnérabilit'],
    supportedVersions: ['versions prises en charge', 'versions supportées'],
    response: ['délais', 'délai', 'réponse'],
    disclosure: ['divulgation', 'publication'],
    scope: ['périmètre', 'portée'],
    safeHarbor: ['bonne foi', 'sphère de sécurité'],
  },
  reporting: ['signaler', 'vulnérabilit'],
  policy: ['vulnérabilit', 'faille de sécurité', 'problème de sécurité'],
  vulnerability: ['vulnérabilit', 'faille', 'problème de sécurité'],
  response: ['informer', 'réponse', 'répond', 'accusé'],
  disclosure: ['divulg', 'publier'],
  negation: ['ne pas', "n'", 'pas', 'jamais'],
  trackerNouns: [],
  trackerBefore: ['ouvrez', 'ouvrant'],
  trackerAfter: ['ouvrir', 'créer'],
  githubPrivate: ['signalement privé de vulnérabilités'],
  supportedVersions: [
    'versions prises en charge',
    'versions supportées',
    'seule la dernière',
    'seule la version la plus récente',
  ],
  scope: ['périmètre', 'hors du périmètre', 'hors périmètre', 'hors du champ', 'hors champ'],
  safeHarbor: ['bonne foi'],
  noLegalAction: [
    'aucune action en justice',
    'aucune action judiciaire',
    'aucune poursuite en justice',
    'aucune poursuite judiciaire',
  ],
  resourceHeadings: ['ressources'],
  publicKey: ['clé publique'],
  keyServer: ['serveurs de clés', 'serveur de clés'],
  template: [
    'Utilisez cette section pour',
    'quelles versions de votre projet',
    'Dites-leur où',
    'dites-leur où',
    'Décrivez-le ici',
    'décrivez-le ici',
  ],
};
