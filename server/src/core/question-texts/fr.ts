/** French: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const fr: QuestionTexts = {
  'Which language should the policy be written in?': 'Dans quelle langue la politique doit-elle être rédigée ?',
  'Where should the policy go? GitHub shows it from any of these.':
    "Où placer la politique ? GitHub l'affiche depuis chacun de ces emplacements.",
  'How should reporters reach you privately? (pick one or more)':
    'Comment vous joindre en privé pour un signalement ? (un ou plusieurs choix)',
  'Pick at least one way to report.': 'Choisissez au moins un moyen de signalement.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'Dépôt GitHub (owner/repo) où le signalement privé de vulnérabilités est activé',
  'Email address for reports': 'Adresse e-mail pour les signalements',
  'Web form for reports': 'Formulaire web pour les signalements',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    "URL de la clé OpenPGP pour les signalements chiffrés (facultatif : laissez vide s'il n'y en a pas)",
  'Acknowledge a report within…': 'Accuser réception d’un signalement sous…',
  'Coordinated disclosure: publish within…': 'Divulgation coordonnée : publier sous…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Versions prises en charge : "<" ou "!" marque celles qui ne le sont pas ; vide signifie la dernière version seulement',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Versions prises en charge : "<" ou "!" marque celles qui ne le sont pas (d’après {0}) ; vide signifie la dernière version seulement',
  'Optional sections': 'Sections facultatives',
  'Contacts from the policy (the security.txt should name the same)':
    'Contacts de la politique (le security.txt devrait nommer les mêmes)',
  'Contacts from {0} (the security.txt should name the same)':
    'Contacts de {0} (le security.txt devrait nommer les mêmes)',
  'Pick at least one contact.': 'Choisissez au moins un contact.',
  'An email or https:// URL for reports': 'Une adresse e-mail ou une URL https:// pour les signalements',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} ne nomme aucun contact : une adresse e-mail ou une URL https:// pour les signalements',
  'OpenPGP key URL (Encryption; optional)': 'URL de la clé OpenPGP (Encryption ; facultatif)',
  'The web site that will serve the file, for Canonical (optional)':
    'Le site web qui servira le fichier, pour Canonical (facultatif)',
  'Policy: the URL of your security policy (optional)': 'Policy : l’URL de votre politique de sécurité (facultatif)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Langues préférées pour les signalements (balises RFC 5646, séparées par des virgules)',
  'Project name': 'Nom du projet',
  'Repository URL (repository.url; the git remote by default)':
    'URL du dépôt (repository.url ; le dépôt distant git par défaut)',
  'Who administers the project (a person or a team)': 'Qui administre le projet (une personne ou une équipe)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'E-mail du contact sécurité (facultatif ; celui de SECURITY.md par défaut)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL de la politique de sécurité (facultatif ; votre SECURITY.md par défaut)',
  'License (SPDX expression)': 'Licence (expression SPDX)',
  'Repository status (repostatus.org)': 'État du dépôt (repostatus.org)',
  'repository root': 'racine du dépôt',
  'next to other GitHub files': 'à côté des autres fichiers GitHub',
  'with the documentation': 'avec la documentation',
  'GitHub private vulnerability reporting': 'Signalement privé de vulnérabilités de GitHub',
  'enable it in the repository settings': 'à activer dans les paramètres du dépôt',
  'Reports arrive as draft security advisories.': 'Les signalements arrivent comme brouillons d’avis de sécurité.',
  Email: 'E-mail',
  'a monitored address such as security@…': 'une boîte surveillée, comme security@…',
  'Web form': 'Formulaire web',
  'an https:// page for reports': 'une page https:// pour les signalements',
  '1 business day': '1 jour ouvré',
  '{0} business days': '{0} jours ouvrés',
  recommended: 'recommandé',
  '{0} days': '{0} jours',
  'the common default': 'la valeur habituelle',
  'No fixed window': 'Pas de délai fixe',
  'agree on a date with each reporter': 'convenir d’une date avec chaque personne qui signale',
  Scope: 'Périmètre',
  'what is in and out of scope': 'ce qui est dans le périmètre et ce qui ne l’est pas',
  'Safe Harbor': 'Protection de la recherche de bonne foi',
  'no legal action against good-faith research': 'aucune action en justice contre la recherche de bonne foi',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Saisissez une adresse e-mail, par exemple security@your-project.org.',
  'Enter the address without "mailto:".': 'Saisissez l’adresse sans "mailto:".',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" n’est pas une adresse e-mail ; attendu : par exemple security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}" ne peut pas recevoir de signalements ; attendu : une boîte surveillée.',
  'Enter a URL starting with https://.': 'Saisissez une URL commençant par https://.',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}" n’est pas une URL ; attendu : une URL commençant par https://.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" n’est pas en https ; attendu : une URL commençant par https://.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" n’a pas de nom de domaine ; attendu : par exemple https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.': '"{0}" n’est pas un dépôt GitHub ; attendu : owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} n’est pas un nombre de jours ouvrés entre 1 et {1}.',
  '{0} is not a disclosure window from {1} to {2} days.':
    '{0} n’est pas un délai de divulgation entre {1} et {2} jours.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".':
    '"{0}" n’est pas une version ; attendu : par exemple "3.x, < 3.0".',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Aucune version n’est prise en charge ; attendu : au moins une, par exemple "3.x, < 3.0".',
  'Enter at least one language tag, e.g. en.': 'Saisissez au moins une balise de langue, par exemple en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" n’est pas une sous-étiquette de langue enregistrée ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" est le code pays de {1}, pas une langue ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" est le code pays de {1}, pas une langue ; attendu : "{2}".',
  '"{0}" separates its subtags with "_", expected "{1}".':
    '"{0}" sépare ses sous-étiquettes par "_" ; attendu : "{1}".',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" est mal formée ({1}) ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" n’est pas une étiquette de langue bien formée ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" dans "{1}" n’est pas une sous-étiquette de langue étendue enregistrée ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{0}" dans "{1}" n’est pas une sous-étiquette d’écriture enregistrée ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{0}" dans "{1}" n’est pas une sous-étiquette de région enregistrée ; attendu : par exemple en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{0}" dans "{1}" n’est pas une sous-étiquette de variante enregistrée ; attendu : par exemple en, de ou pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'La variante "{0}" apparaît deux fois dans "{1}" ; attendu : par exemple en, de ou pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'L’extension "{0}" apparaît deux fois dans "{1}" ; attendu : par exemple en, de ou pt-BR.',
  'Enter the project name.': 'Saisissez le nom du projet.',
  'Enter a name.': 'Saisissez un nom.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Saisissez une expression de licence SPDX, par exemple MIT ou Apache-2.0 OR MIT.',
};
