/** Italian: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const it: QuestionTexts = {
  'Which language should the policy be written in?': 'In quale lingua va scritta la politica?',
  'Where should the policy go? GitHub shows it from any of these.':
    'Dove va la politica? GitHub la mostra da ognuna di queste posizioni.',
  'How should reporters reach you privately? (pick one or more)':
    'Come possono contattarti in privato per una segnalazione? (una o più scelte)',
  'Pick at least one way to report.': 'Scegli almeno un modo per segnalare.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'Repository GitHub (owner/repo) con la segnalazione privata delle vulnerabilità attiva',
  'Email address for reports': 'Indirizzo email per le segnalazioni',
  'Web form for reports': 'Modulo web per le segnalazioni',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    'URL della chiave OpenPGP per le segnalazioni cifrate (facoltativo: lascia vuoto se non c’è)',
  'Acknowledge a report within…': 'Conferma la ricezione di una segnalazione entro…',
  'Coordinated disclosure: publish within…': 'Divulgazione coordinata: pubblica entro…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Versioni supportate: "<" o "!" indica quelle non supportate; vuoto significa solo l’ultima release',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Versioni supportate: "<" o "!" indica quelle non supportate (da {0}); vuoto significa solo l’ultima release',
  'Optional sections': 'Sezioni facoltative',
  'Contacts from the policy (the security.txt should name the same)':
    'Contatti dalla politica (il security.txt dovrebbe indicare gli stessi)',
  'Contacts from {0} (the security.txt should name the same)':
    'Contatti da {0} (il security.txt dovrebbe indicare gli stessi)',
  'Pick at least one contact.': 'Scegli almeno un contatto.',
  'An email or https:// URL for reports': 'Un indirizzo email o un URL https:// per le segnalazioni',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} non indica alcun contatto: un indirizzo email o un URL https:// per le segnalazioni',
  'OpenPGP key URL (Encryption; optional)': 'URL della chiave OpenPGP (Encryption; facoltativo)',
  'The web site that will serve the file, for Canonical (optional)':
    'Il sito web che servirà il file, per Canonical (facoltativo)',
  'Policy: the URL of your security policy (optional)': 'Policy: l’URL della tua politica di sicurezza (facoltativo)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Lingue preferite per le segnalazioni (tag RFC 5646, separati da virgole)',
  'Project name': 'Nome del progetto',
  'Repository URL (repository.url; the git remote by default)':
    'URL del repository (repository.url; per impostazione predefinita il remote git)',
  'Who administers the project (a person or a team)': 'Chi amministra il progetto (una persona o un team)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'Email del contatto di sicurezza (facoltativo; per impostazione predefinita quella di SECURITY.md)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL della politica di sicurezza (facoltativo; per impostazione predefinita il tuo SECURITY.md)',
  'License (SPDX expression)': 'Licenza (espressione SPDX)',
  'Repository status (repostatus.org)': 'Stato del repository (repostatus.org)',
  'repository root': 'radice del repository',
  'next to other GitHub files': 'accanto agli altri file di GitHub',
  'with the documentation': 'con la documentazione',
  'GitHub private vulnerability reporting': 'Segnalazione privata delle vulnerabilità di GitHub',
  'enable it in the repository settings': 'da attivare nelle impostazioni del repository',
  'Reports arrive as draft security advisories.': 'Le segnalazioni arrivano come bozze di avvisi di sicurezza.',
  Email: 'E-mail',
  'a monitored address such as security@…': 'una casella monitorata, come security@…',
  'Web form': 'Modulo web',
  'an https:// page for reports': 'una pagina https:// per le segnalazioni',
  '1 business day': '1 giorno lavorativo',
  '{0} business days': '{0} giorni lavorativi',
  recommended: 'consigliato',
  '{0} days': '{0} giorni',
  'the common default': 'il valore consueto',
  'No fixed window': 'Nessuna scadenza fissa',
  'agree on a date with each reporter': 'concordare una data con ogni segnalatore',
  Scope: 'Ambito',
  'what is in and out of scope': 'cosa rientra nell’ambito e cosa no',
  'Safe Harbor': 'Tutela della ricerca in buona fede',
  'no legal action against good-faith research': 'nessuna azione legale contro la ricerca in buona fede',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Inserisci un indirizzo email, ad esempio security@your-project.org.',
  'Enter the address without "mailto:".': 'Inserisci l’indirizzo senza "mailto:".',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" non è un indirizzo email; atteso ad esempio security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}" non può ricevere segnalazioni; attesa una casella monitorata.',
  'Enter a URL starting with https://.': 'Inserisci un URL che inizi con https://.',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}" non è un URL; atteso un URL che inizi con https://.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" non è https; atteso un URL che inizi con https://.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" non ha un nome di dominio; atteso ad esempio https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.': '"{0}" non è un repository GitHub; atteso owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} non è un numero di giorni lavorativi da 1 a {1}.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} non è una scadenza di divulgazione da {1} a {2} giorni.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '"{0}" non è una versione; atteso ad esempio "3.x, < 3.0".',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Nessuna versione è supportata; attesa almeno una, ad esempio "3.x, < 3.0".',
  'Enter at least one language tag, e.g. en.': 'Inserisci almeno un tag di lingua, ad esempio en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" non è un subtag di lingua registrato; atteso ad esempio en, de o pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" è il codice paese di {1}, non una lingua; atteso ad esempio en, de o pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" è il codice paese di {1}, non una lingua; atteso "{2}".',
  '"{0}" separates its subtags with "_", expected "{1}".': '"{0}" separa i suoi subtag con "_"; atteso "{1}".',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" non è ben formato ({1}); atteso ad esempio en, de o pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" non è un tag di lingua ben formato; atteso ad esempio en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" in "{1}" non è un subtag di lingua estesa registrato; atteso ad esempio en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{0}" in "{1}" non è un subtag di scrittura registrato; atteso ad esempio en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{0}" in "{1}" non è un subtag di regione registrato; atteso ad esempio en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{0}" in "{1}" non è un subtag di variante registrato; atteso ad esempio en, de o pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'La variante "{0}" compare due volte in "{1}"; atteso ad esempio en, de o pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'L’estensione "{0}" compare due volte in "{1}"; atteso ad esempio en, de o pt-BR.',
  'Enter the project name.': 'Inserisci il nome del progetto.',
  'Enter a name.': 'Inserisci un nome.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Inserisci un’espressione di licenza SPDX, ad esempio MIT o Apache-2.0 OR MIT.',
};
