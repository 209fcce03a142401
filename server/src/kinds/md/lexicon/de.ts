/** German. */
import type { Words } from './types';

const VULNERABILITY = [
  'sicherheitslücke',
  'schwachstelle',
  'sicherheitsanfälligkeit',
  'sicherheitsproblem',
  'verwundbarkeit',
];

export const de: Words = {
  headings: {
    reporting: ['melden', 'meldung', 'sicherheitslücke', 'schwachstelle', 'kontakt'],
    supportedVersions: ['unterstützte versionen'],
    response: ['reaktionszeit', 'antwortzeit', 'zeitplan', 'ablauf'],
    disclosure: ['offenlegung', 'veröffentlichung'],
    scope: ['geltungsbereich', 'umfang'],
    safeHarbor: ['rechtliche', 'guten glauben'],
  },
  reporting: ['melden', 'meldung', 'sicherheitslücke', 'schwachstelle'],
  policy: VULNERABILITY,
  vulnerability: VULNERABILITY,
  response: ['informieren', 'bestätig', 'antwort', 'rückmeldung', 'reagier'],
  disclosure: ['offenleg', 'veröffentlich'],
  negation: ['nicht', 'kein', 'keine', 'keinen', 'niemals'],
  trackerNouns: [],
  trackerBefore: [],
  trackerAfter: ['eröffnen', 'erstellen', 'anlegen'],
  githubPrivate: [
    'privates security advisor',
    'private schwachstellenmeldung',
    'private meldung von sicherheitslücken',
  ],
  advisory: {
    verbs: ['eröffnen', 'erstellen'],
    articles: ['ein', 'eine'],
    new: ['neues', 'neuen', 'neue'],
    private: ['privates', 'privaten', 'private'],
  },
  supportedVersions: ['unterstützte versionen', 'nur die aktuelle', 'nur die neueste'],
  scope: ['geltungsbereich', 'außerhalb des geltungsbereichs', 'außerhalb des umfangs'],
  safeHarbor: ['guten glauben'],
  noLegalAction: ['keine rechtlichen schritte'],
  resourceHeadings: ['weitere'],
  publicKey: ['öffentlicher schlüssel'],
  keyServer: ['schlüsselserver', 'auf anfrage'],
  template: [
    'Verwenden Sie diesen Abschnitt, um',
    'welche Versionen deines Projekts',
    'welche Versionen Ihres Projekts',
    'Beschreibe, wohin',
    'Beschreiben Sie, wohin',
  ],
};
