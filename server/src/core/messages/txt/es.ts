/** Spanish: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { esTxtEnvelope } from './envelope/es';
import { esTxtExpires } from './expires/es';
import { esTxtUri } from './uri/es';

export const esTxt: MessageCatalog = {
  ...esTxtEnvelope,
  ...esTxtExpires,
  ...esTxtUri,
  bom: 'El archivo empieza con una marca de orden de bytes (BOM); se espera UTF-8 sin BOM.',
  'contact-without-encryption':
    'Contacto por correo sin campo Encryption; se espera «Encryption:» con la URL de una clave.',
  'encryption-inline-key': 'Encryption contiene material de clave; se espera una URI desde la que obtener la clave.',
  'expires-multiple': 'Expires aparece más de una vez; se espera un único campo Expires.',
  'field-obsolete': 'Signature se eliminó antes de RFC 9116; se espera en su lugar una firma OpenPGP en línea.',
  'missing-final-newline': 'La última línea no tiene salto de línea; se espera que el archivo termine con uno.',
  'not-signed': 'El archivo no está firmado; se espera una firma OpenPGP en texto claro (RECOMMENDED).',
  'policy-missing': 'No hay campo Policy; se espera «Policy:» con la URL de su política de seguridad.',
  'signed-without-canonical': 'Firmado sin Canonical; se espera «Canonical:» con la URL de este archivo.',
  'bug-bounty/repeated': 'Bug-Bounty aparece más de una vez; se espera uno solo.',
  'bug-bounty/notBoolean': '«{value}» no es True ni False; se espera exactamente «True» o «False».',
  'chained-values/chained': '{count} valores en un solo campo {field}; se espera una línea {field} por valor.',
  'expired/expired': 'El archivo caducó el {date}; se espera una fecha futura.',
  'expires-missing/missing': 'No hay campo Expires; se espera uno como «Expires: {value}».',
  'expires-soon/day': 'El archivo caduca en {days} día; se espera renovarlo antes.',
  'expires-soon/days': 'El archivo caduca en {days} días; se espera renovarlo antes.',
  'expires-too-far/tooFar': '{date} está a más de un año; se espera una fecha dentro de un año.',
  'file-location/notWellKnown': '«{path}» no está en .well-known/; se espera .well-known/security.txt.',
  'size-limits/bytes': 'El archivo ocupa {bytes} bytes; se esperan {max} como máximo.',
  'size-limits/lines': 'El archivo tiene {lines} líneas; se esperan {max} como máximo.',
  'size-limits/field': 'Este campo tiene {length} caracteres; se esperan {max} como máximo.',
  'field-unknown/unknown': '«{name}» no es un campo registrado de security.txt; se espera uno de {known}.',
  'field-typo/typo': '«{name}» no es un campo registrado; se espera «{intended}».',
  'canonical-mismatch/unlisted':
    'Ningún campo Canonical indica {url}, de donde se obtuvo el archivo (RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    '«{value}» no es una ubicación de security.txt; se espera una URL que termine en /.well-known/security.txt.',
  'csaf/notMetadata':
    '«{value}» no termina en /provider-metadata.json; se espera la URL de los metadatos del proveedor CSAF.',
  'csaf/notFirst': 'La entrada /.well-known/csaf/ de {host} no es el primer campo CSAF; se espera que vaya primero.',
  'served-content-type/none': 'No hay Content-Type; se espera text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type': 'Content-Type es «{contentType}»; se espera text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type tiene el charset «{charset}»; se espera utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} responde 200 con una página HTML ({contentType}), no con un security.txt; se espera el archivo como text/plain.',
  'served-html/htmlNoType':
    '{url} responde 200 con una página HTML (sin Content-Type), no con un security.txt; se espera el archivo como text/plain.',
  'served-locations-differ/differs':
    '{other} sirve un archivo distinto del de {url}; se espera el mismo archivo o una redirección a él.',
  'served-redirect/otherHost':
    'Las redirecciones terminan en otro host: {last}; se espera {from} o un subdominio suyo.',
  'served-redirect/otherPath':
    'Las redirecciones terminan en {last}; se espera /.well-known/security.txt o /security.txt.',
  'served-status/status': '{url} respondió {status}; se espera 200 con el archivo.',
  'served-too-large/tooLarge': '{url} supera {size}: no se leyó más ni se comprobó; se espera un archivo de pocos KB.',
  'served-https/http': 'El archivo se pide por http:// ({url}); se espera https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Una redirección abandona HTTPS: {from} lleva a {to}; se espera https:// en todo momento (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    'La firma se hizo el {created}, después del Expires del archivo que firma ({expires}); se espera renovar el archivo antes de firmarlo.',
  'deployed-outdated/older':
    'La copia desplegada en {url} es más antigua: caduca el {there} y este archivo el {here}; se espera desplegar este archivo.',
  'deployed-outdated/newer':
    'La copia desplegada en {url} es más reciente: caduca el {there} y este archivo el {here}; se espera que este archivo esté al día con ella.',
  'served-tls/expired':
    'El certificado TLS de {host} ha caducado ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-tls/not-yet-valid':
    'El certificado TLS de {host} aún no es válido ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-tls/wrong-host':
    'El certificado TLS de {host} es para otro nombre de host ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-tls/self-signed':
    'El certificado TLS de {host} está autofirmado ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-tls/untrusted':
    'El certificado TLS de {host} no lo emite una autoridad de confianza ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-tls/other':
    'El certificado TLS de {host} fue rechazado ({code}); se espera un certificado válido para {host} emitido por una autoridad de confianza.',
  'served-unreachable/timeout': 'Sin respuesta de {host} en {duration}; se espera el archivo.',
  'served-unreachable/notFound': '{host} no es accesible (no existe el host); se espera el archivo en {url}.',
  'served-unreachable/notResolved':
    '{host} no es accesible (no se pudo resolver el nombre); se espera el archivo en {url}.',
  'served-unreachable/refused': '{host} no es accesible (conexión rechazada); se espera el archivo en {url}.',
  'served-unreachable/reset': '{host} no es accesible (conexión restablecida); se espera el archivo en {url}.',
  'served-unreachable/hostUnreachable': '{host} no es accesible (host inaccesible); se espera el archivo en {url}.',
  'served-unreachable/networkUnreachable': '{host} no es accesible (red inaccesible); se espera el archivo en {url}.',
  'served-unreachable/network': '{host} no es accesible ({code}); se espera el archivo en {url}.',
  'served-unreachable/loop': 'Las redirecciones vuelven en bucle a {last}; se espera que terminen en el archivo.',
  'served-unreachable/tooMany':
    'Más de {max} redirecciones (la última a {last}); se espera el archivo en {max} como máximo.',
  'deployed-missing/timeout':
    'Sin desplegar: {url} no se pudo obtener (tiempo de espera agotado); se espera este archivo allí.',
  'deployed-missing/network': 'Sin desplegar: {url} no se pudo obtener (error de red); se espera este archivo allí.',
  'deployed-missing/redirects': 'Sin desplegar: {url} no se pudo obtener (redirecciones); se espera este archivo allí.',
  'deployed-missing/tls': 'Sin desplegar: {url} no se pudo obtener ({code}); se espera este archivo allí.',
  'deployed-missing/html': 'Sin desplegar: {url} respondió con una página HTML; se espera este archivo allí.',
  'deployed-missing/tooLarge': 'Sin desplegar: {url} respondió con más de {size}; se espera este archivo allí.',
  'deployed-missing/status': 'Sin desplegar: {url} respondió {status}; se espera este archivo allí.',
  'deployed-contacts/both':
    'La copia desplegada en {url} tiene otros contactos: {there} solo allí, {here} solo aquí; se esperan los mismos contactos.',
  'deployed-contacts/onlyThere':
    'La copia desplegada en {url} tiene otros contactos: {there} solo allí; se esperan los mismos contactos.',
  'deployed-contacts/onlyHere':
    'La copia desplegada en {url} tiene otros contactos: {here} solo aquí; se esperan los mismos contactos.',
  'served-legacy-location/status':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} respondió {status}; se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/html':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} respondió con una página HTML; se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} respondió con más de {size}; se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/timeout':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} no se pudo obtener (tiempo de espera agotado); se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/network':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} no se pudo obtener (error de red); se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/redirects':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} no se pudo obtener (redirecciones); se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/tls':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown} no se pudo obtener ({code}); se espera el archivo allí (RFC 9116 §3).',
  'served-legacy-location/other':
    'El archivo solo está en la ubicación antigua {url}: {wellKnown}: {answer}; se espera el archivo allí (RFC 9116 §3).',
  'signature-bad/named':
    'Firma incorrecta: no coincide con el texto firmado con la clave de {user}, huella {fingerprint} (de {source}); el archivo se modificó después de firmarlo; se espera que se firme de nuevo.',
  'signature-bad/fingerprint':
    'Firma incorrecta: no coincide con el texto firmado con la clave con huella {fingerprint} (de {source}); el archivo se modificó después de firmarlo; se espera que se firme de nuevo.',
  'signature-bad/keyId':
    'Firma incorrecta: no coincide con el texto firmado con la clave con ID {keyIds} (de {source}); el archivo se modificó después de firmarlo; se espera que se firme de nuevo.',
  'signature-good/named': 'Firma válida de {user}, huella {fingerprint} (la clave de {source}).',
  'signature-good/namedMade': 'Firma válida de {user}, huella {fingerprint} (la clave de {source}), hecha el {made}.',
  'signature-good/fingerprint': 'Firma válida con huella {fingerprint} (la clave de {source}).',
  'signature-good/fingerprintMade': 'Firma válida con huella {fingerprint} (la clave de {source}), hecha el {made}.',
  'signature-good/keyId': 'Firma válida con ID de clave {keyIds} (la clave de {source}).',
  'signature-good/keyIdMade': 'Firma válida con ID de clave {keyIds} (la clave de {source}), hecha el {made}.',
  'signature-key-invalid/namedRevoked':
    'La clave de firma, {user}, huella {fingerprint} (de {source}), fue revocada; se espera el archivo firmado con una clave válida.',
  'signature-key-invalid/namedExpired':
    'La clave de firma, {user}, huella {fingerprint} (de {source}), caducó el {expired}; se espera el archivo firmado con una clave válida.',
  'signature-key-invalid/fingerprintRevoked':
    'La clave de firma, huella {fingerprint} (de {source}), fue revocada; se espera el archivo firmado con una clave válida.',
  'signature-key-invalid/fingerprintExpired':
    'La clave de firma, huella {fingerprint} (de {source}), caducó el {expired}; se espera el archivo firmado con una clave válida.',
  'signature-key-not-found/notAmong':
    'La clave que hizo la firma (ID de clave {keyIds}) no está entre las claves de {source}; se espera la clave de firma allí.',
  'signature-key-not-found/unreadable':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} no contiene ninguna clave OpenPGP legible; se espera la clave de firma allí.',
  'signature-key-not-found/status':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} respondió {status}; se espera la clave de firma allí.',
  'signature-key-not-found/html':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} respondió con una página HTML; se espera la clave de firma allí.',
  'signature-key-not-found/tooLarge':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} respondió con más de {size}; se espera la clave de firma allí.',
  'signature-key-not-found/timeout':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} no se pudo obtener (tiempo de espera agotado); se espera la clave de firma allí.',
  'signature-key-not-found/network':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} no se pudo obtener (error de red); se espera la clave de firma allí.',
  'signature-key-not-found/redirects':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} no se pudo obtener (redirecciones); se espera la clave de firma allí.',
  'signature-key-not-found/tls':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {source} no se pudo obtener ({code}); se espera la clave de firma allí.',
  'signature-key-not-found/other':
    'No se encontró la clave que hizo la firma (ID de clave {keyIds}): {reason}; se espera la clave de firma allí.',
  'field-syntax/nameChar':
    'El nombre de campo «{name}» contiene «{char}»; se espera ASCII imprimible sin espacios ni dos puntos (RFC 5322 field-name).',
  'field-syntax/nameControl':
    'El nombre de campo «{name}» contiene el carácter de control {code}; se espera ASCII imprimible sin espacios ni dos puntos (RFC 5322 field-name).',
  'field-syntax/valueChar':
    '«{char}» en el valor de {name} no es US-ASCII imprimible; se espera texto unstructured de RFC 5322 (un comentario puede contener cualquier Unicode).',
  'field-syntax/valueControl':
    'El carácter de control {code} en el valor de {name} no es US-ASCII imprimible; se espera texto unstructured de RFC 5322 (un comentario puede contener cualquier Unicode).',
  'field-syntax/separator':
    '«{written}» no es «{name}: »; se esperan los dos puntos justo después del nombre y un espacio detrás.',
  'field-syntax/commentControl':
    'Un comentario contiene el carácter de control {code}; se esperan caracteres imprimibles, espacios y tabuladores.',
  'field-syntax/commentAbove':
    'Un comentario contiene {code}, por encima de U+FFFFF; se esperan caracteres imprimibles, espacios y tabuladores.',
  'field-syntax/folded':
    'Esta línea empieza con espacio en blanco, así que continúa el campo {name}, cuyo valor no se puede plegar; se espera el valor de {name} en una sola línea.',
  'field-syntax/stray':
    'Esta línea empieza con espacio en blanco, pero antes no hay ningún campo al que continuar; se espera su texto al principio de la línea.',
  'field-syntax/empty': 'El campo «{name}» no tiene valor; se espera «{name}: valor».',
  'field-syntax/notNfc':
    'Esta línea no está en la forma de normalización C de Unicode; se esperan caracteres compuestos (RFC 5198 Net-Unicode).',
  'field-syntax/notField':
    'Esta línea no es un campo, ni un comentario, ni está en blanco; se espera «Nombre: valor» o «# comentario».',
  'preferred-languages/entryEmpty':
    'En Preferred-Languages, una entrada entre comas está vacía; se espera una etiqueta de idioma a cada lado de cada coma.',
  'preferred-languages/separators':
    'En Preferred-Languages, «{entry}» separa las etiquetas con algo que no es una coma; se espera «{tags}».',
  'preferred-languages/repeated':
    'Preferred-Languages aparece más de una vez; se espera un solo campo con una lista separada por comas.',
  'preferred-languages/notRegistered':
    'En Preferred-Languages, «{language}» no es una subetiqueta de idioma registrada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/country':
    'En Preferred-Languages, «{language}» es el código de país de {country}, no un idioma; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/countryCorrected':
    'En Preferred-Languages, «{language}» es el código de país de {country}, no un idioma; se espera «{corrected}».',
  'preferred-languages/underscore':
    'En Preferred-Languages, «{tag}» separa sus subetiquetas con «_»; se espera «{corrected}».',
  'preferred-languages/malformed':
    'En Preferred-Languages, «{tag}» no está bien formada ({detail}); se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/notWellFormed':
    'En Preferred-Languages, «{tag}» no es una etiqueta de idioma bien formada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/unregisteredExtlang':
    'En Preferred-Languages, «{subtag}» en «{tag}» no es una subetiqueta de idioma extendido registrada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/unregisteredScript':
    'En Preferred-Languages, «{subtag}» en «{tag}» no es una subetiqueta de escritura registrada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/unregisteredRegion':
    'En Preferred-Languages, «{subtag}» en «{tag}» no es una subetiqueta de región registrada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/unregisteredVariant':
    'En Preferred-Languages, «{subtag}» en «{tag}» no es una subetiqueta de variante registrada; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/variantTwice':
    'En Preferred-Languages, la variante «{subtag}» aparece dos veces en «{tag}»; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
  'preferred-languages/extensionTwice':
    'En Preferred-Languages, la extensión «{subtag}» aparece dos veces en «{tag}»; se espera una etiqueta de idioma RFC 5646 como «en» o «pt-BR».',
};
