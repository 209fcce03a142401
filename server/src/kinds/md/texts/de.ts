/** German, in the formal "Sie". */
import type { PolicyTexts } from './types';

export const de: PolicyTexts = {
  title: 'Sicherheitsrichtlinie',
  headings: {
    supported: 'Unterstützte Versionen',
    reporting: 'Sicherheitslücken melden',
    response: 'Reaktionszeit',
    disclosure: 'Offenlegung',
    scope: 'Geltungsbereich',
    safeHarbor: 'Rechtliche Zusicherung',
  },
  versionColumn: 'Version',
  supportedColumn: 'Unterstützt',
  latestOnly:
    'Sicherheitskorrekturen erhält nur die neueste Version. Bitte aktualisieren Sie auf diese Version, bevor Sie eine Sicherheitslücke melden.',
  noPublicIssues: 'Bitte melden Sie Sicherheitslücken nicht über öffentliche Issues, Diskussionen oder Pull Requests.',
  reportPrivately: 'Melden Sie sie stattdessen vertraulich auf einem dieser Wege:',
  viaGithub: (url) =>
    `Über die private Meldung von Sicherheitslücken auf GitHub: [Sicherheitslücke melden](${url}) im Tab **Security** dieses Repositorys.`,
  viaEmail: (email) => `Per E-Mail an [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `Per E-Mail an [${email}](mailto:${email}), verschlüsselt mit unserem OpenPGP-Schlüssel: <${key}>.`,
  viaForm: (url) => `Über unser [Formular für Sicherheitsmeldungen](${url}).`,
  privateReporting:
    'Um eine Sicherheitslücke vertraulich zu melden, nutzen Sie die private Meldung von Sicherheitslücken auf GitHub: Öffnen Sie den Tab **Security** dieses Repositorys und wählen Sie **Report a vulnerability**.',
  keyOnly: (key) => `Unser OpenPGP-Schlüssel, mit dem Sie Ihre Nachricht verschlüsseln können: <${key}>.`,
  include:
    'Bitte beschreiben Sie die Sicherheitslücke, die Schritte, mit denen sie sich nachvollziehen lässt, die betroffenen Versionen und ihre Auswirkungen.',
  acknowledge: (days) =>
    `Wir bestätigen den Eingang Ihrer Meldung innerhalb von ${days === 1 ? 'einem Werktag' : `${days} Werktagen`} und halten Sie danach über unsere Fortschritte auf dem Laufenden, bis die Lücke behoben ist.`,
  disclosure: (days) =>
    days === null
      ? 'Den Zeitpunkt der Offenlegung stimmen wir mit Ihnen ab; sobald eine Korrektur vorliegt, veröffentlichen wir eine Sicherheitsmeldung.'
      : `Wir veröffentlichen eine Korrektur und eine Sicherheitsmeldung innerhalb von ${days} Tagen nach Ihrer Meldung und stimmen den Termin mit Ihnen ab. Sofern Sie nichts anderes wünschen, nennen wir Sie in der Sicherheitsmeldung als Entdecker.`,
  inScope: 'Im Geltungsbereich: der Code dieses Repositorys und die daraus veröffentlichten Releases.',
  outOfScope:
    'Außerhalb des Geltungsbereichs: Schwachstellen in Abhängigkeiten von Dritten (bitte melden Sie diese deren Maintainern), Denial of Service durch bloßes Datenvolumen, Social Engineering sowie Ergebnisse automatischer Scanner ohne nachgewiesene Auswirkung.',
  safeHarbor:
    'Sicherheitsforschung, die im guten Glauben und im Rahmen dieser Richtlinie erfolgt, betrachten wir als autorisiert. Wir werden deswegen keine rechtlichen Schritte gegen Sie einleiten oder unterstützen, sofern Sie Verletzungen der Privatsphäre, Datenverlust und Dienstunterbrechungen vermeiden und uns angemessen Zeit geben, das Problem vor einer Offenlegung zu beheben.',
  lastUpdated: (date) => `Zuletzt aktualisiert: ${date}`,
};
