/** Italian: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { itTxtEnvelope } from './envelope/it';
import { itTxtExpires } from './expires/it';
import { itTxtUri } from './uri/it';

export const itTxt: MessageCatalog = {
  ...itTxtEnvelope,
  ...itTxtExpires,
  ...itTxtUri,
  bom: 'Il file inizia con un byte order mark (BOM); atteso UTF-8 senza BOM.',
  'contact-without-encryption': "Contatto email senza campo Encryption; atteso «Encryption:» con l'URL di una chiave.",
  'encryption-inline-key': "Encryption contiene materiale della chiave; attesa un'URI da cui scaricare la chiave.",
  'expires-multiple': 'Expires compare più di una volta; atteso un solo campo Expires.',
  'field-obsolete': 'Signature è stato eliminato prima della RFC 9116; attesa al suo posto una firma OpenPGP in linea.',
  'missing-final-newline': "L'ultima riga non ha un a capo; atteso che il file termini con uno.",
  'not-signed': 'Il file non è firmato; attesa una firma OpenPGP in chiaro (RECOMMENDED).',
  'policy-missing': "Nessun campo Policy; atteso «Policy:» con l'URL della vostra politica di sicurezza.",
  'signed-without-canonical': "Firmato senza Canonical; atteso «Canonical:» con l'URL di questo file.",
  'bug-bounty/repeated': 'Bug-Bounty compare più di una volta; atteso uno solo.',
  'bug-bounty/notBoolean': '«{value}» non è né True né False; atteso esattamente «True» o «False».',
  'chained-values/chained': '{count} valori in un solo campo {field}; attesa una riga {field} per valore.',
  'expired/expired': 'Il file è scaduto il {date}; attesa una data futura.',
  'expires-missing/missing': 'Nessun campo Expires; atteso uno come «Expires: {value}».',
  'expires-soon/day': 'Il file scade tra {days} giorno; atteso un rinnovo prima di allora.',
  'expires-soon/days': 'Il file scade tra {days} giorni; atteso un rinnovo prima di allora.',
  'expires-too-far/tooFar': '{date} è a più di un anno; attesa una data entro un anno.',
  'file-location/notWellKnown': '«{path}» non è sotto .well-known/; atteso .well-known/security.txt.',
  'size-limits/bytes': 'Il file è di {bytes} byte; attesi al massimo {max}.',
  'size-limits/lines': 'Il file ha {lines} righe; attese al massimo {max}.',
  'size-limits/field': 'Questo campo è lungo {length} caratteri; attesi al massimo {max}.',
  'field-unknown/unknown': '«{name}» non è un campo registrato di security.txt; atteso uno tra {known}.',
  'field-typo/typo': '«{name}» non è un campo registrato; atteso «{intended}».',
  'canonical-mismatch/unlisted':
    'Nessun campo Canonical indica {url}, da cui è stato scaricato il file (RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    "«{value}» non è una posizione di security.txt; attesa un'URL che termini con /.well-known/security.txt.",
  'csaf/notMetadata': "«{value}» non termina con /provider-metadata.json; attesa l'URL dei metadati del provider CSAF.",
  'csaf/notFirst': 'La voce /.well-known/csaf/ di {host} non è il primo campo CSAF; attesa per prima.',
  'served-content-type/none': 'Nessun Content-Type; atteso text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type': 'Content-Type è «{contentType}»; atteso text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type ha il charset «{charset}»; atteso utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} risponde 200 con una pagina HTML ({contentType}), non un security.txt; atteso il file come text/plain.',
  'served-html/htmlNoType':
    '{url} risponde 200 con una pagina HTML (senza Content-Type), non un security.txt; atteso il file come text/plain.',
  'served-locations-differ/differs':
    '{other} fornisce un file diverso da {url}; atteso lo stesso file o un reindirizzamento verso di esso.',
  'served-redirect/otherHost':
    'I reindirizzamenti finiscono su un altro host: {last}; atteso {from} o un suo sottodominio.',
  'served-redirect/otherPath':
    'I reindirizzamenti finiscono su {last}; atteso /.well-known/security.txt o /security.txt.',
  'served-status/status': '{url} ha risposto {status}; atteso 200 con il file.',
  'served-too-large/tooLarge': '{url} supera {size}: non letto oltre e non controllato; atteso un file di pochi KB.',
  'served-https/http': 'Il file viene richiesto via http:// ({url}); atteso https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Un reindirizzamento abbandona HTTPS: {from} porta a {to}; atteso https:// per tutto il percorso (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    "La firma è stata fatta il {created}, dopo l'Expires del file che firma ({expires}); atteso che il file sia rinnovato prima di firmarlo.",
  'deployed-outdated/older':
    'La copia pubblicata su {url} è più vecchia: scade il {there}, questo file il {here}; atteso che questo file venga pubblicato.',
  'deployed-outdated/newer':
    'La copia pubblicata su {url} è più recente: scade il {there}, questo file il {here}; atteso che questo file sia aggiornato rispetto a essa.',
  'served-tls/expired':
    "Il certificato TLS di {host} è scaduto ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-tls/not-yet-valid':
    "Il certificato TLS di {host} non è ancora valido ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-tls/wrong-host':
    "Il certificato TLS di {host} è per un altro nome host ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-tls/self-signed':
    "Il certificato TLS di {host} è autofirmato ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-tls/untrusted':
    "Il certificato TLS di {host} non è rilasciato da un'autorità fidata ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-tls/other':
    "Il certificato TLS di {host} è stato rifiutato ({code}); atteso un certificato valido per {host} rilasciato da un'autorità fidata.",
  'served-unreachable/timeout': 'Nessuna risposta da {host} entro {duration}; atteso il file.',
  'served-unreachable/notFound': '{host} non è raggiungibile (host inesistente); atteso il file su {url}.',
  'served-unreachable/notResolved':
    '{host} non è raggiungibile (impossibile risolvere il nome); atteso il file su {url}.',
  'served-unreachable/refused': '{host} non è raggiungibile (connessione rifiutata); atteso il file su {url}.',
  'served-unreachable/reset': '{host} non è raggiungibile (connessione interrotta); atteso il file su {url}.',
  'served-unreachable/hostUnreachable': '{host} non è raggiungibile (host irraggiungibile); atteso il file su {url}.',
  'served-unreachable/networkUnreachable':
    '{host} non è raggiungibile (rete irraggiungibile); atteso il file su {url}.',
  'served-unreachable/network': '{host} non è raggiungibile ({code}); atteso il file su {url}.',
  'served-unreachable/loop': 'I reindirizzamenti tornano in ciclo a {last}; atteso che finiscano sul file.',
  'served-unreachable/tooMany': "Più di {max} reindirizzamenti (l'ultimo verso {last}); atteso il file entro {max}.",
  'deployed-missing/timeout': 'Non pubblicato: {url} non si è potuto scaricare (tempo scaduto); atteso questo file lì.',
  'deployed-missing/network':
    'Non pubblicato: {url} non si è potuto scaricare (errore di rete); atteso questo file lì.',
  'deployed-missing/redirects':
    'Non pubblicato: {url} non si è potuto scaricare (reindirizzamenti); atteso questo file lì.',
  'deployed-missing/tls': 'Non pubblicato: {url} non si è potuto scaricare ({code}); atteso questo file lì.',
  'deployed-missing/html': 'Non pubblicato: {url} ha risposto con una pagina HTML; atteso questo file lì.',
  'deployed-missing/tooLarge': 'Non pubblicato: {url} ha risposto con più di {size}; atteso questo file lì.',
  'deployed-missing/status': 'Non pubblicato: {url} ha risposto {status}; atteso questo file lì.',
  'deployed-contacts/both':
    'La copia pubblicata su {url} ha altri contatti: {there} solo lì, {here} solo qui; attesi gli stessi contatti.',
  'deployed-contacts/onlyThere':
    'La copia pubblicata su {url} ha altri contatti: {there} solo lì; attesi gli stessi contatti.',
  'deployed-contacts/onlyHere':
    'La copia pubblicata su {url} ha altri contatti: {here} solo qui; attesi gli stessi contatti.',
  'served-legacy-location/status':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} ha risposto {status}; atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/html':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} ha risposto con una pagina HTML; atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} ha risposto con più di {size}; atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/timeout':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} non si è potuto scaricare (tempo scaduto); atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/network':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} non si è potuto scaricare (errore di rete); atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/redirects':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} non si è potuto scaricare (reindirizzamenti); atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/tls':
    'Il file è solo nella vecchia posizione {url}: {wellKnown} non si è potuto scaricare ({code}); atteso il file lì (RFC 9116 §3).',
  'served-legacy-location/other':
    'Il file è solo nella vecchia posizione {url}: {wellKnown}: {answer}; atteso il file lì (RFC 9116 §3).',
  'signature-bad/named':
    'Firma non valida: non corrisponde al testo firmato con la chiave di {user}, impronta {fingerprint} (da {source}); il file è stato modificato dopo la firma; atteso che venga firmato di nuovo.',
  'signature-bad/fingerprint':
    'Firma non valida: non corrisponde al testo firmato con la chiave con impronta {fingerprint} (da {source}); il file è stato modificato dopo la firma; atteso che venga firmato di nuovo.',
  'signature-bad/keyId':
    'Firma non valida: non corrisponde al testo firmato con la chiave con ID {keyIds} (da {source}); il file è stato modificato dopo la firma; atteso che venga firmato di nuovo.',
  'signature-good/named': 'Firma valida di {user}, impronta {fingerprint} (la chiave da {source}).',
  'signature-good/namedMade':
    'Firma valida di {user}, impronta {fingerprint} (la chiave da {source}), fatta il {made}.',
  'signature-good/fingerprint': 'Firma valida con impronta {fingerprint} (la chiave da {source}).',
  'signature-good/fingerprintMade': 'Firma valida con impronta {fingerprint} (la chiave da {source}), fatta il {made}.',
  'signature-good/keyId': 'Firma valida con ID chiave {keyIds} (la chiave da {source}).',
  'signature-good/keyIdMade': 'Firma valida con ID chiave {keyIds} (la chiave da {source}), fatta il {made}.',
  'signature-key-invalid/namedRevoked':
    'La chiave di firma, {user}, impronta {fingerprint} (da {source}), è stata revocata; atteso il file firmato con una chiave valida.',
  'signature-key-invalid/namedExpired':
    'La chiave di firma, {user}, impronta {fingerprint} (da {source}), è scaduta il {expired}; atteso il file firmato con una chiave valida.',
  'signature-key-invalid/fingerprintRevoked':
    'La chiave di firma, impronta {fingerprint} (da {source}), è stata revocata; atteso il file firmato con una chiave valida.',
  'signature-key-invalid/fingerprintExpired':
    'La chiave di firma, impronta {fingerprint} (da {source}), è scaduta il {expired}; atteso il file firmato con una chiave valida.',
  'signature-key-not-found/notAmong':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è tra le chiavi di {source}; attesa la chiave di firma lì.',
  'signature-key-not-found/unreadable':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} non contiene alcuna chiave OpenPGP leggibile; attesa la chiave di firma lì.',
  'signature-key-not-found/status':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} ha risposto {status}; attesa la chiave di firma lì.',
  'signature-key-not-found/html':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} ha risposto con una pagina HTML; attesa la chiave di firma lì.',
  'signature-key-not-found/tooLarge':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} ha risposto con più di {size}; attesa la chiave di firma lì.',
  'signature-key-not-found/timeout':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} non si è potuto scaricare (tempo scaduto); attesa la chiave di firma lì.',
  'signature-key-not-found/network':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} non si è potuto scaricare (errore di rete); attesa la chiave di firma lì.',
  'signature-key-not-found/redirects':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} non si è potuto scaricare (reindirizzamenti); attesa la chiave di firma lì.',
  'signature-key-not-found/tls':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {source} non si è potuto scaricare ({code}); attesa la chiave di firma lì.',
  'signature-key-not-found/other':
    'La chiave che ha fatto la firma (ID chiave {keyIds}) non è stata trovata: {reason}; attesa la chiave di firma lì.',
  'field-syntax/nameChar':
    'Il nome del campo «{name}» contiene «{char}»; atteso ASCII stampabile senza spazi né due punti (RFC 5322 field-name).',
  'field-syntax/nameControl':
    'Il nome del campo «{name}» contiene il carattere di controllo {code}; atteso ASCII stampabile senza spazi né due punti (RFC 5322 field-name).',
  'field-syntax/valueChar':
    '«{char}» nel valore di {name} non è US-ASCII stampabile; atteso testo unstructured RFC 5322 (un commento può contenere qualsiasi Unicode).',
  'field-syntax/valueControl':
    'Il carattere di controllo {code} nel valore di {name} non è US-ASCII stampabile; atteso testo unstructured RFC 5322 (un commento può contenere qualsiasi Unicode).',
  'field-syntax/separator': '«{written}» non è «{name}: »; attesi i due punti subito dopo il nome e poi uno spazio.',
  'field-syntax/commentControl':
    'Un commento contiene il carattere di controllo {code}; attesi caratteri stampabili, spazi e tabulazioni.',
  'field-syntax/commentAbove':
    'Un commento contiene {code}, oltre U+FFFFF; attesi caratteri stampabili, spazi e tabulazioni.',
  'field-syntax/folded':
    'Questa riga inizia con uno spazio, quindi continua il campo {name}, il cui valore non può andare a capo; atteso il valore di {name} su una sola riga.',
  'field-syntax/stray':
    "Questa riga inizia con uno spazio, ma prima non c'è alcun campo da continuare; atteso il suo testo a inizio riga.",
  'field-syntax/empty': 'Il campo «{name}» non ha un valore; atteso «{name}: valore».',
  'field-syntax/notNfc':
    'Questa riga non è nella forma di normalizzazione C di Unicode; attesi caratteri composti (RFC 5198 Net-Unicode).',
  'field-syntax/notField':
    'Questa riga non è un campo, né un commento, né vuota; atteso «Nome: valore» o «# commento».',
  'preferred-languages/entryEmpty':
    'In Preferred-Languages una voce tra virgole è vuota; atteso un tag di lingua su entrambi i lati di ogni virgola.',
  'preferred-languages/separators':
    'In Preferred-Languages «{entry}» separa i tag con qualcosa che non è una virgola; atteso «{tags}».',
  'preferred-languages/repeated':
    'Preferred-Languages compare più di una volta; atteso un solo campo con un elenco separato da virgole.',
  'preferred-languages/notRegistered':
    'In Preferred-Languages «{language}» non è un subtag di lingua registrato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/country':
    'In Preferred-Languages «{language}» è il codice paese di {country}, non una lingua; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/countryCorrected':
    'In Preferred-Languages «{language}» è il codice paese di {country}, non una lingua; atteso «{corrected}».',
  'preferred-languages/underscore':
    'In Preferred-Languages «{tag}» separa i suoi subtag con «_»; atteso «{corrected}».',
  'preferred-languages/malformed':
    'In Preferred-Languages «{tag}» non è ben formato ({detail}); atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/notWellFormed':
    'In Preferred-Languages «{tag}» non è un tag di lingua ben formato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/unregisteredExtlang':
    'In Preferred-Languages «{subtag}» in «{tag}» non è un subtag di lingua estesa registrato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/unregisteredScript':
    'In Preferred-Languages «{subtag}» in «{tag}» non è un subtag di scrittura registrato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/unregisteredRegion':
    'In Preferred-Languages «{subtag}» in «{tag}» non è un subtag di regione registrato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/unregisteredVariant':
    'In Preferred-Languages «{subtag}» in «{tag}» non è un subtag di variante registrato; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/variantTwice':
    'In Preferred-Languages la variante «{subtag}» compare due volte in «{tag}»; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».',
  'preferred-languages/extensionTwice':
    "In Preferred-Languages l'estensione «{subtag}» compare due volte in «{tag}»; atteso un tag di lingua RFC 5646 come «en» o «pt-BR».",
};
