/** German: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const de: MessageCatalog = {
  'no-response-timeframe':
    'Keine Reaktionszeit, erwartet wird eine Zusage wie „Wir bestätigen Meldungen innerhalb von 3 Werktagen“.',
  'no-disclosure-timeline':
    'Keine Frist für die Offenlegung, erwartet wird ein Zeitraum für koordinierte Offenlegung wie 90 Tage.',
  'no-supported-versions':
    'Keine unterstützten Versionen, erwartet wird eine Angabe, welche Versionen Sicherheitskorrekturen erhalten.',
  'no-safe-harbor':
    'Keine rechtliche Zusicherung, erwartet wird die Zusage, Forschung im guten Glauben nicht rechtlich zu verfolgen.',
  'no-scope': 'Kein Geltungsbereich, erwartet wird eine Angabe, was dazugehört und was nicht.',
  'no-issuance-date': 'Kein Ausstellungsdatum, erwartet wird eine Zeile wie „Zuletzt aktualisiert: JJJJ-MM-TT“.',
  'no-title': 'Kein Titel, erwartet wird eine Überschrift der Ebene 1 wie „# Sicherheitsrichtlinie“.',
  'email-without-encryption':
    'E-Mail ist der einzige Meldeweg, erwartet wird eine verschlüsselte Alternative (ein OpenPGP-Schlüssel, ein HTTPS-Formular oder die private Meldung von Sicherheitslücken auf GitHub).',
  'no-private-channel':
    'Nur öffentliche Meldewege angegeben, erwartet wird ein vertraulicher (E-Mail, Webformular oder die private Meldung von Sicherheitslücken auf GitHub).',
  'not-a-policy':
    'Diese Datei erwähnt nirgends, wie Sicherheitslücken gemeldet werden, erwartet wird eine Sicherheitsrichtlinie.',
  'public-issue-reporting':
    'Meldende werden für eine Sicherheitslücke auf ein öffentliches Issue verwiesen, erwartet wird ein vertraulicher Meldeweg und „kein öffentliches Issue eröffnen“.',
  'unverifiable-key':
    'Der Schlüssel soll auf Schlüsselservern liegen, erwartet wird ein Fingerabdruck oder eine URL, um ihn zu prüfen.',
  'response-timeframe-long/long':
    'Die erste Antwort wird in {days} Tagen zugesagt, erwartet werden höchstens {limit} Tage.',
  'stale-date/old': '„{date}“ ist älter als {months} Monate, erwartet wird ein Datum aus dem letzten Jahr.',
  'empty-section/empty': 'Der Abschnitt „{heading}“ ist leer, erwartet wird Inhalt vor der nächsten Überschrift.',
  'security-md-missing/none':
    'Keine SECURITY.md im Stammverzeichnis, in .github/ oder docs/, erwartet wird eine Richtlinie, die Meldenden sagt, wie sie Sie vertraulich erreichen. Auf GitHub kann die Standardrichtlinie einer Organisation gelten: Geben Sie eine lokale Kopie ihres .github-Repositorys mit --org-defaults PATH an (oder "orgDefaults" in .security-policy.json).',
  'security-md-missing/elsewhere':
    'Keine SECURITY.md dort, wo GitHub sie anzeigt (Stammverzeichnis, .github/ oder docs/): {file} wird nicht angezeigt, erwartet wird, dass sie dorthin verschoben wird. Auf GitHub kann die Standardrichtlinie einer Organisation gelten: Geben Sie eine lokale Kopie ihres .github-Repositorys mit --org-defaults PATH an (oder "orgDefaults" in .security-policy.json).',
  'policy-location/elsewhere':
    'GitHub zeigt „{path}“ nicht an, erwartet wird SECURITY.md im Stammverzeichnis, in .github/ oder docs/.',
  'policy-location/inherited':
    'GitHub zeigt „{path}“ nicht an, sondern die Standardrichtlinie der Organisation ({inherited}), erwartet wird SECURITY.md im Stammverzeichnis, in .github/ oder docs/.',
  'policy-duplicate/duplicate':
    'Eine weitere Richtlinie liegt unter {others}, GitHub zeigt „{shown}“, erwartet wird eine einzige SECURITY.md.',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard bewertet womöglich {files} statt dieser Richtlinie, erwartet wird keine weitere Datei namens security.md.',
  'supported-versions-table/cells': 'Diese Zeile hat {cells} Zellen, erwartet werden {columns} wie in der Kopfzeile.',
  'supported-versions-table/shortcode':
    'Der Shortcode „{shortcode}“ wird auf GitHub nicht dargestellt, erwartet wird ein Emoji wie ✅ oder ein Shortcode wie :white_check_mark:.',
  'supported-versions-table/ended':
    'Die Unterstützung „{support}“ ist bereits abgelaufen, erwartet wird ein aktuelles Datum.',
  'supported-versions-table/conflict':
    'Version {version} ist als unterstützt markiert, aber „{other}“ markiert sie als nicht unterstützt, erwartet wird ein Status pro Version.',
  'supported-versions-table/none':
    'Keine Version ist als unterstützt markiert, erwartet wird mindestens eine Zeile mit ✅.',
  'template-unedited/instructions':
    'Die Anleitung aus GitHubs Vorlage steht noch hier, erwartet wird der eigene Text des Projekts.',
  'template-unedited/sampleTable':
    'Die Beispieltabelle der Versionen aus GitHubs Vorlage (5.1.x, 5.0.x, 4.0.x, < 4.0) steht noch hier, erwartet werden die eigenen Versionen des Projekts.',
  'mojibake/misdecoded':
    'Falsch dekodierter Text „{found}“, erwartet wird „{replacement}“ (UTF-8 als Windows-1252/1254 gelesen).',
  'merge-conflict-marker/marker':
    'Markierung eines Merge-Konflikts „{marker}“, erwartet wird, dass der Konflikt aufgelöst ist.',
  'not-utf8/binary': 'Die Datei enthält NUL-Bytes und sieht binär aus, erwartet wird UTF-8-Text.',
  'not-utf8/invalid': 'Hier steht ungültiges UTF-8 (als U+FFFD angezeigt), erwartet wird UTF-8-Text.',
  'no-contact/noChannel':
    'Kein Weg, eine Sicherheitslücke zu melden, erwartet wird eine E-Mail-Adresse, eine URL zum Melden oder die private Meldung von Sicherheitslücken auf GitHub.',
  'no-contact/noContactField':
    'Kein Contact-Feld, erwartet wird mindestens ein „Contact:“ mit einer mailto:-, tel:- oder https://-URI.',
  'insecure-link/insecure': '„{url}“ ist nicht verschlüsselt, erwartet wird https://.',
  'undeliverable-contact/noreply':
    '„{address}“ ist eine Noreply-Adresse, die keine Meldungen empfangen kann, erwartet wird ein betreutes Postfach.',
  'undeliverable-contact/invalid': '„{address}“ ist keine gültige E-Mail-Adresse, erwartet wird name@domain.tld.',
  'undeliverable-contact/invalidMailto':
    '„{address}“ ist keine gültige E-Mail-Adresse, erwartet wird mailto:name@domain.tld.',
  'undeliverable-contact/cloudflare':
    'Statt der Adresse wurde das von Cloudflare verschleierte „[email protected]“ kopiert, erwartet wird die echte Adresse.',
  'undeliverable-contact/mailtoInvalid':
    'Der mailto-Link „{url}“ enthält keine gültige Adresse, erwartet wird mailto:name@domain.tld.',
  'undeliverable-contact/noMailto': 'Dem Link auf „{url}“ fehlt „mailto:“, erwartet wird mailto:{url}.',
  'broken-link/empty': 'Leerer Link, erwartet wird eine URL, eine Datei oder eine #Überschrift.',
  'broken-link/anchor':
    'Keine Überschrift erzeugt den Anker „{anchor}“, erwartet wird eine der Überschriften des Dokuments.',
  'broken-link/host': 'Der Host „{host}“ von „{url}“ ist fehlerhaft, erwartet wird ein Domainname wie „{domain}“.',
  'broken-link/file': 'Die Datei „{path}“ existiert nicht, erwartet wird ein Pfad relativ zu dieser Richtlinie.',
  'broken-link/notInRepository':
    '„{path}“ ist nicht in diesem Repository, erwartet wird der Pfad einer vorhandenen Datei.',
  'placeholder/unfilled': 'Nicht ausgefüllter Platzhalter „{value}“, erwartet wird der echte Wert.',
  'placeholder/exampleDomain':
    '„{address}“ verwendet eine reservierte Beispieldomain, erwartet wird eine echte Adresse.',
  'placeholder/reservedLink': 'Link auf die reservierte Domain „{host}“, erwartet wird eine echte Adresse.',
  'placeholder/sample':
    '„{value}“ ist ein Beispielwert der Security-Insights-Vorlage, erwartet wird der eigene Wert des Projekts.',
  'placeholder/reservedDomain':
    '„{value}“ verwendet die reservierte Domain „{domain}“, erwartet wird eine echte Adresse.',
  'check-limits':
    'Dieser Absatz enthält mehr Klammern, Backticks oder Zitatzeichen, als eine Richtlinie hat, und wird daher als reiner Text gelesen (Links und Code darin werden nicht als solche erkannt).',
  'insights-missing':
    'Keine security-insights.yml im Repository, erwartet wird eine im Stammverzeichnis oder in .github/ als Nachweis für OSPS Baseline.',
  'contact-mismatch/txt':
    'security.txt nennt {contacts}, SECURITY.md aber {policy}, erwartet werden dieselben Kontakte.',
  'contact-mismatch/txtInherited':
    'security.txt nennt {contacts}, die von {inherited} geerbte SECURITY.md aber {policy}, erwartet werden dieselben Kontakte.',
  'contact-mismatch/siPolicy':
    'security-insights.yml nennt „{mine}“, SECURITY.md aber {emails}, erwartet wird derselbe Kontakt.',
  'contact-mismatch/siInherited':
    'security-insights.yml nennt „{mine}“, die von {inherited} geerbte SECURITY.md aber {emails}, erwartet wird derselbe Kontakt.',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml nennt „{mine}“, security.txt aber {emails}, erwartet wird derselbe Kontakt.',
  'disable-unknown-rule/suggestion':
    'Unbekannte Regel „{id}“ in einem Deaktivierungskommentar; meinten Sie „{suggestion}“?',
  'disable-unknown-rule/unknown': 'Unbekannte Regel „{id}“ in einem Deaktivierungskommentar: Er schaltet nichts ab.',
  'disable-unused/none': 'Unbenutzter Deaktivierungskommentar: Er hat keinen Befund unterdrückt.',
  'disable-unused/one': 'Unbenutzter Deaktivierungskommentar: Hier gibt es keinen Befund von „{id}“ zu unterdrücken.',
  'disable-unused/many': 'Unbenutzter Deaktivierungskommentar: Hier gibt es keinen Befund von {ids} zu unterdrücken.',
};
