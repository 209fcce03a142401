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
};
