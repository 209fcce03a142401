/** French: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const fr: MessageCatalog = {
  'no-response-timeframe':
    'Aucun délai de réponse ; attendu : un engagement tel que « nous accusons réception des signalements sous 3 jours ouvrés ».',
  'no-disclosure-timeline':
    'Aucun délai de divulgation ; attendu : une fenêtre de divulgation coordonnée, par exemple 90 jours.',
  'no-supported-versions':
    'Aucune version prise en charge ; attendu : les versions qui reçoivent des correctifs de sécurité.',
  'no-safe-harbor':
    "Aucune protection de la recherche de bonne foi ; attendu : l'engagement de ne pas poursuivre en justice la recherche menée de bonne foi.",
  'no-scope': "Aucun périmètre ; attendu : ce qui est dans le périmètre et ce qui ne l'est pas.",
  'no-issuance-date':
    'Aucune date de publication ; attendu : une ligne telle que « Dernière mise à jour : AAAA-MM-JJ ».',
  'no-title': 'Aucun titre ; attendu : un titre de niveau 1 tel que « # Politique de sécurité ».',
  'email-without-encryption':
    "L'e-mail est le seul moyen de signalement ; attendu : une alternative chiffrée (une clé OpenPGP, un formulaire HTTPS ou le signalement privé de vulnérabilités de GitHub).",
  'no-private-channel':
    'Seuls des moyens publics sont indiqués ; attendu : un moyen privé (e-mail, formulaire web ou signalement privé de vulnérabilités de GitHub).',
  'not-a-policy':
    'Ce fichier ne dit nulle part comment signaler une vulnérabilité ; attendu : une politique de sécurité.',
  'public-issue-reporting':
    "On demande de signaler une vulnérabilité dans une issue publique ; attendu : un moyen privé et un « n'ouvrez pas d'issue publique ».",
  'unverifiable-key': 'La clé serait sur des serveurs de clés ; attendu : une empreinte ou une URL pour la vérifier.',
  'response-timeframe-long/long':
    'La première réponse est promise sous {days} jours ; attendu : {limit} jours au plus.',
  'stale-date/old': "« {date} » date de plus de {months} mois ; attendu : une date de moins d'un an.",
  'empty-section/empty': 'La section « {heading} » est vide ; attendu : du contenu avant le titre suivant.',
  'security-md-missing/none':
    "Aucun SECURITY.md à la racine, dans .github/ ou docs/ ; attendu : une politique qui indique comment vous joindre en privé. Sur GitHub, la politique par défaut d'une organisation peut s'appliquer : indiquez une copie locale de son dépôt .github avec --org-defaults PATH (ou « orgDefaults » dans .security-policy.json).",
  'security-md-missing/elsewhere':
    "Aucun SECURITY.md là où GitHub l'affiche (la racine, .github/ ou docs/) : {file} n'est pas affiché ; attendu : le déplacer à cet endroit. Sur GitHub, la politique par défaut d'une organisation peut s'appliquer : indiquez une copie locale de son dépôt .github avec --org-defaults PATH (ou « orgDefaults » dans .security-policy.json).",
  'policy-location/elsewhere':
    "GitHub n'affiche pas « {path} » ; attendu : SECURITY.md à la racine, dans .github/ ou docs/.",
  'policy-location/inherited':
    "GitHub n'affiche pas « {path} » mais la politique par défaut de l'organisation ({inherited}) ; attendu : SECURITY.md à la racine, dans .github/ ou docs/.",
  'policy-duplicate/duplicate':
    'Une autre politique existe dans {others} et GitHub affiche « {shown} » ; attendu : un seul SECURITY.md.',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard pourrait évaluer {files} au lieu de cette politique ; attendu : aucun autre fichier nommé security.md.',
  'supported-versions-table/cells': "Cette ligne a {cells} cellules ; attendu : {columns}, comme l'en-tête.",
  'supported-versions-table/shortcode':
    "Le code court « {shortcode} » ne s'affiche pas sur GitHub ; attendu : un emoji comme ✅ ou un code court comme :white_check_mark:.",
  'supported-versions-table/ended': 'Le support « {support} » a déjà pris fin ; attendu : une date à jour.',
  'supported-versions-table/conflict':
    'La version {version} est marquée prise en charge mais « {other} » la marque non prise en charge ; attendu : un seul statut par version.',
  'supported-versions-table/none': 'Aucune version marquée prise en charge ; attendu : au moins une ligne avec ✅.',
  'template-unedited/instructions':
    'Les instructions du modèle de GitHub sont toujours là ; attendu : le texte propre au projet.',
  'template-unedited/sampleTable':
    "Le tableau de versions d'exemple de GitHub (5.1.x, 5.0.x, 4.0.x, < 4.0) est toujours là ; attendu : les versions propres au projet.",
  'mojibake/misdecoded':
    'Texte mal décodé « {found} » ; attendu : « {replacement} » (UTF-8 lu comme Windows-1252/1254).',
  'merge-conflict-marker/marker': 'Marqueur de conflit de fusion « {marker} » ; attendu : un conflit résolu.',
  'not-utf8/binary': 'Le fichier contient des octets NUL et semble binaire ; attendu : du texte UTF-8.',
  'not-utf8/invalid': 'UTF-8 invalide ici (affiché comme U+FFFD) ; attendu : du texte UTF-8.',
  'no-contact/noChannel':
    'Aucun moyen de signaler une vulnérabilité ; attendu : une adresse e-mail, une URL de signalement ou le signalement privé de vulnérabilités de GitHub.',
  'no-contact/noContactField':
    'Aucun champ Contact ; attendu : au moins un « Contact: » avec une URI mailto:, tel: ou https://.',
  'insecure-link/insecure': "« {url} » n'est pas chiffré ; attendu : https://.",
  'undeliverable-contact/noreply':
    '« {address} » est une adresse noreply qui ne peut pas recevoir de signalements ; attendu : une boîte aux lettres consultée.',
  'undeliverable-contact/invalid': "« {address} » n'est pas une adresse e-mail valide ; attendu : name@domain.tld.",
  'undeliverable-contact/invalidMailto':
    "« {address} » n'est pas une adresse e-mail valide ; attendu : mailto:name@domain.tld.",
  'undeliverable-contact/cloudflare':
    "Le « [email protected] » masqué par Cloudflare a été copié à la place de l'adresse ; attendu : l'adresse réelle.",
  'undeliverable-contact/mailtoInvalid':
    "Le lien mailto « {url} » n'a pas d'adresse valide ; attendu : mailto:name@domain.tld.",
  'undeliverable-contact/noMailto': "Le lien vers « {url} » n'a pas de « mailto: » ; attendu : mailto:{url}.",
  'broken-link/empty': 'Lien vide ; attendu : une URL, un fichier ou un #titre.',
  'broken-link/anchor': "Aucun titre ne produit l'ancre « {anchor} » ; attendu : l'un des titres du document.",
  'broken-link/host':
    "L'hôte « {host} » de « {url} » est mal formé ; attendu : un nom de domaine tel que « {domain} ».",
  'broken-link/file': "Le fichier « {path} » n'existe pas ; attendu : un chemin relatif à cette politique.",
  'broken-link/notInRepository': "« {path} » n'est pas dans ce dépôt ; attendu : le chemin d'un fichier existant.",
  'placeholder/unfilled': 'Espace réservé non rempli « {value} » ; attendu : la vraie valeur.',
  'placeholder/exampleDomain': "« {address} » utilise un domaine d'exemple réservé ; attendu : une vraie adresse.",
  'placeholder/reservedLink': 'Lien vers le domaine réservé « {host} » ; attendu : une vraie adresse.',
  'placeholder/sample': "« {value} » est une valeur d'exemple du modèle Security Insights ; attendu : celle du projet.",
  'placeholder/reservedDomain': '« {value} » utilise le domaine réservé « {domain} » ; attendu : une vraie adresse.',
  'check-limits':
    "Ce paragraphe contient plus de crochets, d'accents graves ou de marques de citation qu'une politique n'en a ; il est donc lu comme du texte brut (ses liens et son code ne sont pas reconnus comme tels).",
  'insights-missing':
    'Aucun security-insights.yml dans le dépôt ; attendu : un fichier à la racine ou dans .github/ comme preuve pour OSPS Baseline.',
  'contact-mismatch/txt':
    'security.txt indique {contacts} mais SECURITY.md indique {policy} ; attendu : les mêmes contacts.',
  'contact-mismatch/txtInherited':
    'security.txt indique {contacts} mais SECURITY.md (hérité de {inherited}) indique {policy} ; attendu : les mêmes contacts.',
  'contact-mismatch/siPolicy':
    'security-insights.yml indique « {mine} » mais SECURITY.md indique {emails} ; attendu : le même contact.',
  'contact-mismatch/siInherited':
    'security-insights.yml indique « {mine} » mais SECURITY.md (hérité de {inherited}) indique {emails} ; attendu : le même contact.',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml indique « {mine} » mais security.txt indique {emails} ; attendu : le même contact.',
  'disable-unknown-rule/suggestion':
    'Règle inconnue « {id} » dans un commentaire de désactivation ; vouliez-vous dire « {suggestion} » ?',
  'disable-unknown-rule/unknown':
    'Règle inconnue « {id} » dans un commentaire de désactivation : il ne désactive rien.',
  'disable-unused/none': "Commentaire de désactivation inutilisé : il n'a masqué aucun signalement.",
  'disable-unused/one': 'Commentaire de désactivation inutilisé : aucun signalement de « {id} » à masquer ici.',
  'disable-unused/many': 'Commentaire de désactivation inutilisé : aucun signalement de {ids} à masquer ici.',
};
