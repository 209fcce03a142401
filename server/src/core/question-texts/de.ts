/** German: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const de: QuestionTexts = {
  'Which language should the policy be written in?': 'In welcher Sprache soll die Richtlinie verfasst werden?',
  'Where should the policy go? GitHub shows it from any of these.':
    'Wohin soll die Richtlinie? GitHub zeigt sie an jedem dieser Orte an.',
  'How should reporters reach you privately? (pick one or more)':
    'Wie erreichen Meldende Sie vertraulich? (eine oder mehrere Möglichkeiten)',
  'Pick at least one way to report.': 'Wählen Sie mindestens einen Meldeweg.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'GitHub-Repository (owner/repo) mit aktivierter privater Meldung von Sicherheitslücken',
  'Email address for reports': 'E-Mail-Adresse für Meldungen',
  'Web form for reports': 'Webformular für Meldungen',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    'URL des OpenPGP-Schlüssels für verschlüsselte Meldungen (optional: leer lassen für keinen)',
  'Acknowledge a report within…': 'Eingang einer Meldung bestätigen innerhalb von…',
  'Coordinated disclosure: publish within…': 'Koordinierte Offenlegung: veröffentlichen innerhalb von…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Unterstützte Versionen: "<" oder "!" kennzeichnet nicht unterstützte; leer heißt: nur das neueste Release',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Unterstützte Versionen: "<" oder "!" kennzeichnet nicht unterstützte (aus {0}); leer heißt: nur das neueste Release',
  'Optional sections': 'Optionale Abschnitte',
  'Contacts from the policy (the security.txt should name the same)':
    'Kontakte aus der Richtlinie (die security.txt sollte dieselben nennen)',
  'Contacts from {0} (the security.txt should name the same)':
    'Kontakte aus {0} (die security.txt sollte dieselben nennen)',
  'Pick at least one contact.': 'Wählen Sie mindestens einen Kontakt.',
  'An email or https:// URL for reports': 'Eine E-Mail-Adresse oder https://-URL für Meldungen',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} nennt keinen Kontakt: eine E-Mail-Adresse oder https://-URL für Meldungen',
  'OpenPGP key URL (Encryption; optional)': 'URL des OpenPGP-Schlüssels (Encryption; optional)',
  'The web site that will serve the file, for Canonical (optional)':
    'Die Website, die die Datei ausliefern wird, für Canonical (optional)',
  'Policy: the URL of your security policy (optional)': 'Policy: die URL Ihrer Sicherheitsrichtlinie (optional)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Bevorzugte Sprachen für Meldungen (RFC-5646-Tags, durch Kommas getrennt)',
  'Project name': 'Projektname',
  'Repository URL (repository.url; the git remote by default)':
    'Repository-URL (repository.url; standardmäßig das Git-Remote)',
  'Who administers the project (a person or a team)': 'Wer das Projekt verwaltet (eine Person oder ein Team)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'E-Mail für Sicherheitskontakt (optional; standardmäßig die aus SECURITY.md)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL der Sicherheitsrichtlinie (optional; standardmäßig Ihre SECURITY.md)',
  'License (SPDX expression)': 'Lizenz (SPDX-Ausdruck)',
  'Repository status (repostatus.org)': 'Status des Repositorys (repostatus.org)',
  'repository root': 'Wurzel des Repositorys',
  'next to other GitHub files': 'neben anderen GitHub-Dateien',
  'with the documentation': 'bei der Dokumentation',
  'GitHub private vulnerability reporting': 'Private Meldung von Sicherheitslücken auf GitHub',
  'enable it in the repository settings': 'in den Einstellungen des Repositorys aktivieren',
  'Reports arrive as draft security advisories.': 'Meldungen kommen als Entwürfe von Security Advisories an.',
  Email: 'E-Mail',
  'a monitored address such as security@…': 'ein betreutes Postfach wie security@…',
  'Web form': 'Webformular',
  'an https:// page for reports': 'eine https://-Seite für Meldungen',
  '1 business day': '1 Werktag',
  '{0} business days': '{0} Werktage',
  recommended: 'empfohlen',
  '{0} days': '{0} Tage',
  'the common default': 'der übliche Standard',
  'No fixed window': 'Keine feste Frist',
  'agree on a date with each reporter': 'mit jeder meldenden Person einen Termin vereinbaren',
  Scope: 'Geltungsbereich',
  'what is in and out of scope': 'was dazugehört und was nicht',
  'Safe Harbor': 'Rechtliche Zusicherung',
  'no legal action against good-faith research': 'keine rechtlichen Schritte gegen Forschung im guten Glauben',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Geben Sie eine E-Mail-Adresse ein, z. B. security@your-project.org.',
  'Enter the address without "mailto:".': 'Geben Sie die Adresse ohne „mailto:“ ein.',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '„{0}“ ist keine E-Mail-Adresse, erwartet wird z. B. security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '„{0}“ kann keine Meldungen empfangen, erwartet wird ein betreutes Postfach.',
  'Enter a URL starting with https://.': 'Geben Sie eine URL ein, die mit https:// beginnt.',
  '"{0}" is not a URL, expected one starting with https://.':
    '„{0}“ ist keine URL, erwartet wird eine, die mit https:// beginnt.',
  '"{0}" is not https, expected a URL starting with https://.':
    '„{0}“ ist nicht https, erwartet wird eine URL, die mit https:// beginnt.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '„{0}“ hat keinen Domainnamen, erwartet wird z. B. https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.':
    '„{0}“ ist kein GitHub-Repository, erwartet wird owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} ist keine Anzahl Werktage von 1 bis {1}.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} ist keine Offenlegungsfrist von {1} bis {2} Tagen.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '„{0}“ ist keine Version, erwartet wird z. B. „3.x, < 3.0“.',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Keine Version wird unterstützt, erwartet wird mindestens eine, z. B. „3.x, < 3.0“.',
  'Enter at least one language tag, e.g. en.': 'Geben Sie mindestens ein Sprach-Tag ein, z. B. en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '„{0}“ ist kein registriertes Sprach-Subtag, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '„{0}“ ist der Ländercode von {1}, keine Sprache, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '„{0}“ ist der Ländercode von {1}, keine Sprache, erwartet wird „{2}“.',
  '"{0}" separates its subtags with "_", expected "{1}".': '„{0}“ trennt seine Subtags mit „_“, erwartet wird „{1}“.',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '„{0}“ ist nicht wohlgeformt ({1}), erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '„{0}“ ist kein wohlgeformtes Sprach-Tag, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '„{0}“ in „{1}“ ist kein registriertes Subtag für erweiterte Sprachen, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '„{0}“ in „{1}“ ist kein registriertes Schrift-Subtag, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '„{0}“ in „{1}“ ist kein registriertes Regions-Subtag, erwartet wird z. B. en, de oder pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '„{0}“ in „{1}“ ist kein registriertes Varianten-Subtag, erwartet wird z. B. en, de oder pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'Die Variante „{0}“ kommt in „{1}“ zweimal vor, erwartet wird z. B. en, de oder pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'Die Erweiterung „{0}“ kommt in „{1}“ zweimal vor, erwartet wird z. B. en, de oder pt-BR.',
  'Enter the project name.': 'Geben Sie den Projektnamen ein.',
  'Enter a name.': 'Geben Sie einen Namen ein.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Geben Sie einen SPDX-Lizenzausdruck ein, z. B. MIT oder Apache-2.0 OR MIT.',
};
