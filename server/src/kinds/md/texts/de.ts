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
  viaForm: (url) => `Über unser [Meldeformular für Sicherheitslücken](${url}).`,
  privateReporting:
    'Um eine Sicherheitslücke vertraulich zu melden, nutzen Sie die private Meldung von Sicherheitslücken auf GitHub: Öffnen Sie den Tab **Security** dieses Repositorys und wählen Sie **Report a vulnerability**.',
  keyOnly: (key) => `Unser OpenPGP-Schlüssel, mit dem Sie Ihre Nachricht verschlüsseln können: <${key}>.`,
  include:
    'Bitte beschreiben Sie in Ihrer Meldung die Sicherheitslücke und ihre Auswirkungen und nennen Sie die betroffenen Versionen sowie die Schritte, mit denen sich die Lücke nachvollziehen lässt.',
  acknowledge: (days) =>
    `Wir bestätigen den Eingang Ihrer Meldung innerhalb von ${days === 1 ? 'einem Werktag' : `${days} Werktagen`} und halten Sie danach über unsere Fortschritte auf dem Laufenden, bis die Lücke behoben ist.`,
  disclosure: (days) =>
    days === null
      ? 'Den Zeitpunkt der Offenlegung stimmen wir mit Ihnen ab; sobald eine Korrektur vorliegt, veröffentlichen wir einen Sicherheitshinweis.'
      : `Wir veröffentlichen eine Korrektur und einen Sicherheitshinweis innerhalb von ${days} Tagen nach Ihrer Meldung und stimmen den Termin mit Ihnen ab. Sofern Sie nichts anderes wünschen, nennen wir Sie im Sicherheitshinweis als Entdecker der Lücke.`,
  inScope: 'Im Geltungsbereich: der Code dieses Repositorys und die daraus veröffentlichten Releases.',
  outOfScope:
    'Außerhalb des Geltungsbereichs: Sicherheitslücken in Abhängigkeiten Dritter (bitte melden Sie diese den jeweiligen Maintainern), Denial-of-Service-Angriffe durch hohes Datenaufkommen, Social Engineering sowie Ergebnisse automatischer Scanner ohne nachgewiesene Auswirkung.',
  safeHarbor:
    'Sicherheitsforschung, die im guten Glauben und im Rahmen dieser Richtlinie erfolgt, betrachten wir als autorisiert. Wir werden deswegen keine rechtlichen Schritte gegen Sie einleiten oder unterstützen, sofern Sie Verletzungen der Privatsphäre, die Zerstörung von Daten und Dienstunterbrechungen vermeiden und uns angemessene Zeit lassen, das Problem vor einer Offenlegung zu beheben.',
  lastUpdated: (date) => `Zuletzt aktualisiert: ${date}`,
};
