/** Italian: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const it: MessageCatalog = {
  'no-response-timeframe':
    'Nessun tempo di risposta; atteso un impegno come «confermiamo la ricezione delle segnalazioni entro 3 giorni lavorativi».',
  'no-disclosure-timeline':
    'Nessun termine di divulgazione; attesa una finestra di divulgazione coordinata, come 90 giorni.',
  'no-supported-versions': 'Nessuna versione supportata; atteso quali versioni ricevono correzioni di sicurezza.',
  'no-safe-harbor':
    'Nessuna tutela della ricerca in buona fede; attesa la dichiarazione che la ricerca in buona fede non sarà perseguita legalmente.',
  'no-scope': "Nessun ambito; atteso cosa rientra nell'ambito e cosa no.",
  'no-issuance-date': 'Nessuna data di emissione; attesa una riga come «Ultimo aggiornamento: AAAA-MM-GG».',
  'no-title': 'Nessun titolo; atteso un titolo di livello 1 come «# Politica di sicurezza».',
  'email-without-encryption':
    "L'email è l'unico canale; attesa un'alternativa cifrata (una chiave OpenPGP, un modulo HTTPS o la segnalazione privata delle vulnerabilità di GitHub).",
  'no-private-channel':
    'Ci sono solo canali pubblici; atteso un canale privato (email, modulo web o segnalazione privata delle vulnerabilità di GitHub).',
  'not-a-policy': 'Questo file non dice mai come segnalare le vulnerabilità; attesa una politica di sicurezza.',
  'public-issue-reporting':
    'Chi segnala viene indirizzato a una issue pubblica per una vulnerabilità; atteso un canale privato e un «non aprire una issue pubblica».',
  'unverifiable-key': "Si dice che la chiave è sui server di chiavi; attesa un'impronta o un URL per verificarla.",
  'response-timeframe-long/long': 'La prima risposta è promessa entro {days} giorni; attesi {limit} giorni o meno.',
  'stale-date/old': "«{date}» risale a più di {months} mesi fa; attesa una data dell'ultimo anno.",
  'empty-section/empty': 'La sezione «{heading}» è vuota; atteso contenuto prima del titolo successivo.',
  'security-md-missing/none':
    'Nessun SECURITY.md nella radice, in .github/ o docs/; attesa una politica che dica a chi segnala come contattarvi in privato. Su GitHub può valere la politica predefinita di un\'organizzazione: indicate una copia locale del suo repository .github con --org-defaults PATH (o "orgDefaults" in .security-policy.json).',
  'security-md-missing/elsewhere':
    'Nessun SECURITY.md dove GitHub lo mostra (la radice, .github/ o docs/): {file} non viene mostrato; atteso lo spostamento lì. Su GitHub può valere la politica predefinita di un\'organizzazione: indicate una copia locale del suo repository .github con --org-defaults PATH (o "orgDefaults" in .security-policy.json).',
  'policy-location/elsewhere': 'GitHub non mostra «{path}»; atteso SECURITY.md nella radice, in .github/ o docs/.',
  'policy-location/inherited':
    "GitHub non mostra «{path}» ma la politica predefinita dell'organizzazione ({inherited}); atteso SECURITY.md nella radice, in .github/ o docs/.",
  'policy-duplicate/duplicate':
    "Esiste un'altra politica in {others} e GitHub mostra «{shown}»; atteso un solo SECURITY.md.",
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard potrebbe valutare {files} al posto di questa politica; atteso nessun altro file chiamato security.md.',
  'supported-versions-table/cells': "Questa riga ha {cells} celle; attese {columns}, come nell'intestazione.",
  'supported-versions-table/shortcode':
    'Lo shortcode «{shortcode}» non viene visualizzato su GitHub; atteso un emoji come ✅ o uno shortcode come :white_check_mark:.',
  'supported-versions-table/ended': 'Il supporto «{support}» è già terminato; attesa una data attuale.',
  'supported-versions-table/conflict':
    'La versione {version} è indicata come supportata ma «{other}» la indica come non supportata; atteso un solo stato per versione.',
  'supported-versions-table/none': 'Nessuna versione indicata come supportata; attesa almeno una riga con ✅.',
  'template-unedited/instructions':
    'Le istruzioni del modello di GitHub sono ancora qui; atteso il testo del progetto.',
  'template-unedited/sampleTable':
    'La tabella di versioni di esempio di GitHub (5.1.x, 5.0.x, 4.0.x, < 4.0) è ancora qui; attese le versioni del progetto.',
  'mojibake/misdecoded':
    'Testo decodificato male «{found}»; atteso «{replacement}» (UTF-8 letto come Windows-1252/1254).',
  'merge-conflict-marker/marker': 'Marcatore di conflitto di merge «{marker}»; atteso che il conflitto sia risolto.',
  'not-utf8/binary': 'Il file contiene byte NUL e sembra binario; atteso testo UTF-8.',
  'not-utf8/invalid': 'UTF-8 non valido qui (mostrato come U+FFFD); atteso testo UTF-8.',
  'no-contact/noChannel':
    'Nessun modo per segnalare una vulnerabilità; atteso un indirizzo email, un URL per le segnalazioni o la segnalazione privata delle vulnerabilità di GitHub.',
  'no-contact/noContactField': "Nessun campo Contact; atteso almeno un «Contact:» con un'URI mailto:, tel: o https://.",
  'insecure-link/insecure': '«{url}» non è cifrato; atteso https://.',
  'undeliverable-contact/noreply':
    '«{address}» è un indirizzo noreply che non può ricevere segnalazioni; attesa una casella di posta presidiata.',
  'undeliverable-contact/invalid': '«{address}» non è un indirizzo email valido; atteso name@domain.tld.',
  'undeliverable-contact/invalidMailto': '«{address}» non è un indirizzo email valido; atteso mailto:name@domain.tld.',
  'undeliverable-contact/cloudflare':
    "È stato copiato «[email protected]» offuscato da Cloudflare invece dell'indirizzo; atteso l'indirizzo reale.",
  'undeliverable-contact/mailtoInvalid':
    'Il link mailto «{url}» non ha un indirizzo valido; atteso mailto:name@domain.tld.',
  'undeliverable-contact/noMailto': 'Il link a «{url}» non ha «mailto:»; atteso mailto:{url}.',
  'broken-link/empty': 'Link vuoto; atteso un URL, un file o un #titolo.',
  'broken-link/anchor': "Nessun titolo produce l'ancora «{anchor}»; atteso uno dei titoli del documento.",
  'broken-link/host': "L'host «{host}» di «{url}» non è valido; atteso un nome di dominio come «{domain}».",
  'broken-link/file': 'Il file «{path}» non esiste; atteso un percorso relativo a questa politica.',
  'broken-link/notInRepository': '«{path}» non è in questo repository; atteso il percorso di un file esistente.',
  'placeholder/unfilled': 'Segnaposto non compilato «{value}»; atteso il valore reale.',
  'placeholder/exampleDomain': '«{address}» usa un dominio di esempio riservato; atteso un indirizzo reale.',
  'placeholder/reservedLink': 'Link al dominio riservato «{host}»; atteso un indirizzo reale.',
  'placeholder/sample':
    '«{value}» è un valore di esempio del modello di Security Insights; atteso quello del progetto.',
  'placeholder/reservedDomain': '«{value}» usa il dominio riservato «{domain}»; atteso un indirizzo reale.',
  'check-limits':
    'Questo paragrafo ha più parentesi, apici inversi o segni di citazione di quanti ne abbia una politica, quindi viene letto come testo semplice (link e codice al suo interno non sono riconosciuti come tali).',
  'insights-missing':
    'Nessun security-insights.yml nel repository; atteso uno nella radice o in .github/ come evidenza per OSPS Baseline.',
  'contact-mismatch/txt': 'security.txt indica {contacts} ma SECURITY.md indica {policy}; attesi gli stessi contatti.',
  'contact-mismatch/txtInherited':
    'security.txt indica {contacts} ma SECURITY.md (ereditato da {inherited}) indica {policy}; attesi gli stessi contatti.',
  'contact-mismatch/siPolicy':
    'security-insights.yml indica «{mine}» ma SECURITY.md indica {emails}; atteso lo stesso contatto.',
  'contact-mismatch/siInherited':
    'security-insights.yml indica «{mine}» ma SECURITY.md (ereditato da {inherited}) indica {emails}; atteso lo stesso contatto.',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml indica «{mine}» ma security.txt indica {emails}; atteso lo stesso contatto.',
  'disable-unknown-rule/suggestion':
    'Regola sconosciuta «{id}» in un commento di disattivazione; intendevi «{suggestion}»?',
  'disable-unknown-rule/unknown': 'Regola sconosciuta «{id}» in un commento di disattivazione: non disattiva nulla.',
  'disable-unused/none': 'Commento di disattivazione inutilizzato: non ha soppresso alcuna segnalazione.',
  'disable-unused/one': 'Commento di disattivazione inutilizzato: nessuna segnalazione di «{id}» da sopprimere qui.',
  'disable-unused/many': 'Commento di disattivazione inutilizzato: nessuna segnalazione di {ids} da sopprimere qui.',
};
