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
};
