/** French: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { frTxtEnvelope } from './envelope/fr';
import { frTxtExpires } from './expires/fr';
import { frTxtUri } from './uri/fr';

export const frTxt: MessageCatalog = {
  ...frTxtEnvelope,
  ...frTxtExpires,
  ...frTxtUri,
  bom: "Le fichier commence par une marque d'ordre des octets (BOM) ; attendu : de l'UTF-8 sans BOM.",
  'contact-without-encryption':
    "Contact par e-mail sans champ Encryption ; attendu : « Encryption: » avec l'URL d'une clé.",
  'encryption-inline-key': "Encryption contient la clé elle-même ; attendu : une URI d'où la clé peut être récupérée.",
  'expires-multiple': 'Expires apparaît plusieurs fois ; attendu : un seul champ Expires.',
  'field-obsolete': 'Signature a été retiré avant la RFC 9116 ; attendu : une signature OpenPGP intégrée à la place.',
  'missing-final-newline':
    "La dernière ligne n'a pas de saut de ligne ; attendu : un fichier qui se termine par un saut de ligne.",
  'not-signed': "Le fichier n'est pas signé ; attendu : une signature OpenPGP en clair (RECOMMENDED).",
  'policy-missing': "Aucun champ Policy ; attendu : « Policy: » avec l'URL de votre politique de sécurité.",
  'signed-without-canonical': "Signé sans Canonical ; attendu : « Canonical: » avec l'URL de ce fichier.",
  'bug-bounty/repeated': 'Bug-Bounty apparaît plusieurs fois ; attendu : un seul.',
  'bug-bounty/notBoolean': "« {value} » n'est ni True ni False ; attendu : exactement « True » ou « False ».",
  'chained-values/chained': '{count} valeurs dans un seul champ {field} ; attendu : une ligne {field} par valeur.',
  'expired/expired': 'Le fichier a expiré le {date} ; attendu : une date dans le futur.',
  'expires-missing/missing': 'Aucun champ Expires ; attendu : un champ tel que « Expires: {value} ».',
  'expires-soon/day': 'Le fichier expire dans {days} jour ; attendu : un renouvellement avant cette date.',
  'expires-soon/days': 'Le fichier expire dans {days} jours ; attendu : un renouvellement avant cette date.',
  'expires-too-far/tooFar': "{date} est à plus d'un an ; attendu : une date à moins d'un an.",
  'file-location/notWellKnown': "« {path} » n'est pas sous .well-known/ ; attendu : .well-known/security.txt.",
  'size-limits/bytes': 'Le fichier fait {bytes} octets ; attendu : {max} au plus.',
  'size-limits/lines': 'Le fichier compte {lines} lignes ; attendu : {max} au plus.',
  'size-limits/field': 'Ce champ fait {length} caractères ; attendu : {max} au plus.',
  'field-unknown/unknown': "« {name} » n'est pas un champ security.txt enregistré ; attendu : l'un de {known}.",
  'field-typo/typo': "« {name} » n'est pas un champ enregistré ; attendu : « {intended} ».",
  'canonical-mismatch/unlisted':
    "Aucun champ Canonical n'indique {url}, d'où le fichier a été récupéré (RFC 9116 §2.5.2).",
  'canonical-path/notSecurityTxt':
    "« {value} » n'est pas un emplacement de security.txt ; attendu : une URL qui se termine par /.well-known/security.txt.",
  'csaf/notMetadata':
    "« {value} » ne se termine pas par /provider-metadata.json ; attendu : l'URL des métadonnées du fournisseur CSAF.",
  'csaf/notFirst': "L'entrée /.well-known/csaf/ de {host} n'est pas le premier champ CSAF ; attendu : en premier.",
  'served-content-type/none': 'Aucun Content-Type ; attendu : text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type':
    'Content-Type vaut « {contentType} » ; attendu : text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type a le jeu de caractères « {charset} » ; attendu : utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} répond 200 avec une page HTML ({contentType}), pas un security.txt ; attendu : le fichier en text/plain.',
  'served-html/htmlNoType':
    '{url} répond 200 avec une page HTML (sans Content-Type), pas un security.txt ; attendu : le fichier en text/plain.',
  'served-locations-differ/differs':
    '{other} sert un fichier différent de {url} ; attendu : le même fichier ou une redirection vers lui.',
  'served-redirect/otherHost':
    "Les redirections aboutissent sur un autre hôte : {last} ; attendu : {from} ou l'un de ses sous-domaines.",
  'served-redirect/otherPath':
    'Les redirections aboutissent à {last} ; attendu : /.well-known/security.txt ou /security.txt.',
  'served-status/status': '{url} a répondu {status} ; attendu : 200 avec le fichier.',
  'served-too-large/tooLarge':
    '{url} dépasse {size} : lecture interrompue et fichier non vérifié ; attendu : un fichier de quelques Ko.',
  'served-https/http': 'Le fichier est demandé en http:// ({url}) ; attendu : https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Une redirection quitte HTTPS : {from} mène à {to} ; attendu : https:// de bout en bout (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    "La signature a été faite le {created}, après l'Expires du fichier qu'elle signe ({expires}) ; attendu : un fichier renouvelé avant d'être signé.",
  'deployed-outdated/older':
    'La copie déployée à {url} est plus ancienne : elle expire le {there}, ce fichier le {here} ; attendu : ce fichier déployé.',
  'deployed-outdated/newer':
    "La copie déployée à {url} est plus récente : elle expire le {there}, ce fichier le {here} ; attendu : ce fichier mis à jour d'après elle.",
  'served-tls/expired':
    'Le certificat TLS de {host} a expiré ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.',
  'served-tls/not-yet-valid':
    "Le certificat TLS de {host} n'est pas encore valide ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.",
  'served-tls/wrong-host':
    "Le certificat TLS de {host} est émis pour un autre nom d'hôte ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.",
  'served-tls/self-signed':
    'Le certificat TLS de {host} est auto-signé ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.',
  'served-tls/untrusted':
    "Le certificat TLS de {host} n'est pas émis par une autorité de confiance ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.",
  'served-tls/other':
    'Le certificat TLS de {host} a été refusé ({code}) ; attendu : un certificat valide pour {host} émis par une autorité de confiance.',
  'served-unreachable/timeout': 'Aucune réponse de {host} en {duration} ; attendu : le fichier.',
  'served-unreachable/notFound': '{host} est injoignable (hôte inconnu) ; attendu : le fichier à {url}.',
  'served-unreachable/notResolved':
    "{host} est injoignable (le nom n'a pas pu être résolu) ; attendu : le fichier à {url}.",
  'served-unreachable/refused': '{host} est injoignable (connexion refusée) ; attendu : le fichier à {url}.',
  'served-unreachable/reset': '{host} est injoignable (connexion réinitialisée) ; attendu : le fichier à {url}.',
  'served-unreachable/hostUnreachable': '{host} est injoignable (hôte injoignable) ; attendu : le fichier à {url}.',
  'served-unreachable/networkUnreachable':
    '{host} est injoignable (réseau injoignable) ; attendu : le fichier à {url}.',
  'served-unreachable/network': '{host} est injoignable ({code}) ; attendu : le fichier à {url}.',
  'served-unreachable/loop':
    'Les redirections reviennent en boucle à {last} ; attendu : des redirections qui aboutissent au fichier.',
  'served-unreachable/tooMany':
    'Plus de {max} redirections (la dernière vers {last}) ; attendu : le fichier en {max} au plus.',
  'deployed-missing/timeout':
    "Non déployé : {url} n'a pas pu être récupéré (délai dépassé) ; attendu : ce fichier à cet endroit.",
  'deployed-missing/network':
    "Non déployé : {url} n'a pas pu être récupéré (erreur réseau) ; attendu : ce fichier à cet endroit.",
  'deployed-missing/redirects':
    "Non déployé : {url} n'a pas pu être récupéré (redirections) ; attendu : ce fichier à cet endroit.",
  'deployed-missing/tls': "Non déployé : {url} n'a pas pu être récupéré ({code}) ; attendu : ce fichier à cet endroit.",
  'deployed-missing/html': 'Non déployé : {url} a répondu par une page HTML ; attendu : ce fichier à cet endroit.',
  'deployed-missing/tooLarge':
    'Non déployé : {url} a répondu avec plus de {size} ; attendu : ce fichier à cet endroit.',
  'deployed-missing/status': 'Non déployé : {url} a répondu {status} ; attendu : ce fichier à cet endroit.',
  'deployed-contacts/both':
    "La copie déployée à {url} a d'autres contacts : {there} seulement là-bas, {here} seulement ici ; attendu : les mêmes contacts.",
  'deployed-contacts/onlyThere':
    "La copie déployée à {url} a d'autres contacts : {there} seulement là-bas ; attendu : les mêmes contacts.",
  'deployed-contacts/onlyHere':
    "La copie déployée à {url} a d'autres contacts : {here} seulement ici ; attendu : les mêmes contacts.",
  'served-legacy-location/status':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} a répondu {status} ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/html':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} a répondu par une page HTML ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/tooLarge':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} a répondu avec plus de {size} ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/timeout':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} n'a pas pu être récupéré (délai dépassé) ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/network':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} n'a pas pu être récupéré (erreur réseau) ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/redirects':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} n'a pas pu être récupéré (redirections) ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/tls':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} n'a pas pu être récupéré ({code}) ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'served-legacy-location/other':
    "Le fichier n'est qu'à l'ancien emplacement {url} : {wellKnown} : {answer} ; attendu : le fichier à cet endroit (RFC 9116 §3).",
  'signature-bad/named':
    'Signature invalide : elle ne correspond pas au texte signé avec la clé de {user}, empreinte {fingerprint} (provenant de {source}) ; le fichier a été modifié après sa signature ; attendu : le fichier signé à nouveau.',
  'signature-bad/fingerprint':
    "Signature invalide : elle ne correspond pas au texte signé avec la clé d'empreinte {fingerprint} (provenant de {source}) ; le fichier a été modifié après sa signature ; attendu : le fichier signé à nouveau.",
  'signature-bad/keyId':
    "Signature invalide : elle ne correspond pas au texte signé avec la clé d'ID {keyIds} (provenant de {source}) ; le fichier a été modifié après sa signature ; attendu : le fichier signé à nouveau.",
  'signature-good/named': 'Signature valide de {user}, empreinte {fingerprint} (la clé provenant de {source}).',
  'signature-good/namedMade':
    'Signature valide de {user}, empreinte {fingerprint} (la clé provenant de {source}), faite le {made}.',
  'signature-good/fingerprint': "Signature valide d'empreinte {fingerprint} (la clé provenant de {source}).",
  'signature-good/fingerprintMade':
    "Signature valide d'empreinte {fingerprint} (la clé provenant de {source}), faite le {made}.",
  'signature-good/keyId': "Signature valide d'ID de clé {keyIds} (la clé provenant de {source}).",
  'signature-good/keyIdMade': "Signature valide d'ID de clé {keyIds} (la clé provenant de {source}), faite le {made}.",
  'signature-key-invalid/namedRevoked':
    'La clé de signature, {user}, empreinte {fingerprint} (provenant de {source}), a été révoquée ; attendu : le fichier signé avec une clé valide.',
  'signature-key-invalid/namedExpired':
    'La clé de signature, {user}, empreinte {fingerprint} (provenant de {source}), a expiré le {expired} ; attendu : le fichier signé avec une clé valide.',
  'signature-key-invalid/fingerprintRevoked':
    'La clé de signature, empreinte {fingerprint} (provenant de {source}), a été révoquée ; attendu : le fichier signé avec une clé valide.',
  'signature-key-invalid/fingerprintExpired':
    'La clé de signature, empreinte {fingerprint} (provenant de {source}), a expiré le {expired} ; attendu : le fichier signé avec une clé valide.',
  'signature-key-not-found/notAmong':
    'La clé qui a fait la signature (ID de clé {keyIds}) ne figure pas parmi les clés provenant de {source} ; attendu : la clé de signature à cet endroit.',
  'signature-key-not-found/unreadable':
    'La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} ne contient aucune clé OpenPGP lisible ; attendu : la clé de signature à cet endroit.',
  'signature-key-not-found/status':
    'La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} a répondu {status} ; attendu : la clé de signature à cet endroit.',
  'signature-key-not-found/html':
    'La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} a répondu par une page HTML ; attendu : la clé de signature à cet endroit.',
  'signature-key-not-found/tooLarge':
    'La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} a répondu avec plus de {size} ; attendu : la clé de signature à cet endroit.',
  'signature-key-not-found/timeout':
    "La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} n'a pas pu être récupéré (délai dépassé) ; attendu : la clé de signature à cet endroit.",
  'signature-key-not-found/network':
    "La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} n'a pas pu être récupéré (erreur réseau) ; attendu : la clé de signature à cet endroit.",
  'signature-key-not-found/redirects':
    "La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} n'a pas pu être récupéré (redirections) ; attendu : la clé de signature à cet endroit.",
  'signature-key-not-found/tls':
    "La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {source} n'a pas pu être récupéré ({code}) ; attendu : la clé de signature à cet endroit.",
  'signature-key-not-found/other':
    'La clé qui a fait la signature (ID de clé {keyIds}) est introuvable : {reason} ; attendu : la clé de signature à cet endroit.',
  'field-syntax/nameChar':
    "Le nom de champ « {name} » contient « {char} » ; attendu : de l'ASCII imprimable sans espaces ni deux-points (RFC 5322 field-name).",
  'field-syntax/nameControl':
    "Le nom de champ « {name} » contient le caractère de contrôle {code} ; attendu : de l'ASCII imprimable sans espaces ni deux-points (RFC 5322 field-name).",
  'field-syntax/valueChar':
    "« {char} » dans la valeur de {name} n'est pas de l'US-ASCII imprimable ; attendu : du texte unstructured RFC 5322 (un commentaire peut contenir tout Unicode).",
  'field-syntax/valueControl':
    "Le caractère de contrôle {code} dans la valeur de {name} n'est pas de l'US-ASCII imprimable ; attendu : du texte unstructured RFC 5322 (un commentaire peut contenir tout Unicode).",
  'field-syntax/separator':
    "« {written} » n'est pas « {name}: » ; attendu : le deux-points juste après le nom, puis une espace.",
  'field-syntax/commentControl':
    'Un commentaire contient le caractère de contrôle {code} ; attendu : des caractères imprimables, des espaces et des tabulations.',
  'field-syntax/commentAbove':
    'Un commentaire contient {code}, au-delà de U+FFFFF ; attendu : des caractères imprimables, des espaces et des tabulations.',
  'field-syntax/folded':
    'Cette ligne commence par une espace, elle continue donc le champ {name}, dont la valeur ne peut pas être repliée ; attendu : la valeur de {name} sur une seule ligne.',
  'field-syntax/stray':
    "Cette ligne commence par une espace, mais aucun champ ne la précède qu'elle puisse continuer ; attendu : son texte en début de ligne.",
  'field-syntax/empty': "Le champ « {name} » n'a pas de valeur ; attendu : « {name}: valeur ».",
  'field-syntax/notNfc':
    "Cette ligne n'est pas en forme de normalisation C d'Unicode ; attendu : des caractères composés (RFC 5198 Net-Unicode).",
  'field-syntax/notField':
    "Cette ligne n'est ni un champ, ni un commentaire, ni vide ; attendu : « Nom: valeur » ou « # commentaire ».",
  'preferred-languages/entryEmpty':
    'Dans Preferred-Languages, une entrée entre virgules est vide ; attendu : une étiquette de langue de chaque côté de chaque virgule.',
  'preferred-languages/separators':
    "Dans Preferred-Languages, « {entry} » sépare les étiquettes par autre chose qu'une virgule ; attendu : « {tags} ».",
  'preferred-languages/repeated':
    "Preferred-Languages apparaît plus d'une fois ; attendu : un seul champ avec une liste séparée par des virgules.",
  'preferred-languages/notRegistered':
    "Dans Preferred-Languages, « {language} » n'est pas une sous-étiquette de langue enregistrée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/country':
    'Dans Preferred-Languages, « {language} » est le code pays de {country}, pas une langue ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».',
  'preferred-languages/countryCorrected':
    'Dans Preferred-Languages, « {language} » est le code pays de {country}, pas une langue ; attendu : « {corrected} ».',
  'preferred-languages/underscore':
    'Dans Preferred-Languages, « {tag} » sépare ses sous-étiquettes par « _ » ; attendu : « {corrected} ».',
  'preferred-languages/malformed':
    'Dans Preferred-Languages, « {tag} » est mal formée ({detail}) ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».',
  'preferred-languages/notWellFormed':
    "Dans Preferred-Languages, « {tag} » n'est pas une étiquette de langue bien formée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/unregisteredExtlang':
    "Dans Preferred-Languages, « {subtag} » dans « {tag} » n'est pas une sous-étiquette de langue étendue enregistrée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/unregisteredScript':
    "Dans Preferred-Languages, « {subtag} » dans « {tag} » n'est pas une sous-étiquette d'écriture enregistrée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/unregisteredRegion':
    "Dans Preferred-Languages, « {subtag} » dans « {tag} » n'est pas une sous-étiquette de région enregistrée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/unregisteredVariant':
    "Dans Preferred-Languages, « {subtag} » dans « {tag} » n'est pas une sous-étiquette de variante enregistrée ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
  'preferred-languages/variantTwice':
    'Dans Preferred-Languages, la variante « {subtag} » apparaît deux fois dans « {tag} » ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».',
  'preferred-languages/extensionTwice':
    "Dans Preferred-Languages, l'extension « {subtag} » apparaît deux fois dans « {tag} » ; attendu : une étiquette de langue RFC 5646 telle que « en » ou « pt-BR ».",
};
