/**
 * French, in the formal "vous", with French typography: a no-break space (U+00A0) before ":", a narrow one (U+202F)
 * before ";".
 */
import type { PolicyTexts } from './types';

export const fr: PolicyTexts = {
  title: 'Politique de sécurité',
  headings: {
    supported: 'Versions prises en charge',
    reporting: 'Signaler une vulnérabilité',
    response: 'Délais de réponse',
    disclosure: 'Politique de divulgation',
    scope: 'Périmètre',
    safeHarbor: 'Protection de la recherche de bonne foi',
  },
  versionColumn: 'Version',
  supportedColumn: 'Prise en charge',
  latestOnly:
    'Seule la dernière version reçoit des correctifs de sécurité\u202f; veuillez passer à cette version avant de nous signaler un problème.',
  noPublicIssues:
    'Merci de ne pas signaler de vulnérabilités de sécurité dans les issues, les discussions ou les pull requests publiques.',
  reportPrivately: 'Signalez-les plutôt en privé\u00a0:',
  viaGithub: (url) =>
    `Via le signalement privé de vulnérabilités de GitHub\u00a0: [signaler une vulnérabilité](${url}) depuis l'onglet **Security** de ce dépôt.`,
  viaEmail: (email) => `Par e-mail à l'adresse [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `Par e-mail à l'adresse [${email}](mailto:${email}), chiffré avec notre clé OpenPGP\u00a0: <${key}>.`,
  viaForm: (url) => `Via notre [formulaire de signalement de vulnérabilités](${url}).`,
  privateReporting:
    "Pour signaler une vulnérabilité en privé, utilisez le signalement privé de vulnérabilités de GitHub\u00a0: ouvrez l'onglet **Security** de ce dépôt et choisissez **Report a vulnerability**.",
  keyOnly: (key) => `Notre clé OpenPGP, pour chiffrer ce que vous nous envoyez\u00a0: <${key}>.`,
  include:
    "Merci d'inclure dans votre signalement une description de la vulnérabilité, les étapes pour la reproduire, les versions concernées et son impact.",
  acknowledge: (days) =>
    `Nous vous adressons un accusé de réception sous ${days === 1 ? 'un jour ouvré' : `${days} jours ouvrés`}, puis nous vous tenons informé de l'avancement jusqu'à la publication d'un correctif.`,
  disclosure: (days) =>
    days === null
      ? "Nous convenons avec vous de la date de divulgation et publions un avis de sécurité dès qu'un correctif est disponible."
      : `Nous nous engageons à publier un correctif et un avis de sécurité dans un délai de ${days} jours à compter de votre signalement, à une date convenue avec vous. Sauf si vous préférez rester anonyme, nous vous remercions nommément dans l'avis.`,
  inScope: 'Dans le périmètre\u00a0: le code de ce dépôt et les versions qui en sont publiées.',
  outOfScope:
    "Hors du périmètre\u00a0: les vulnérabilités des dépendances tierces (signalez-les à leurs mainteneurs), les dénis de service par volume de trafic, l'ingénierie sociale et les résultats de scanners automatiques sans impact démontré.",
  safeHarbor:
    "Nous considérons comme autorisée toute recherche en sécurité menée de bonne foi dans le cadre de cette politique. Nous n'engagerons ni ne soutiendrons aucune action en justice contre vous à ce titre, à condition que vous évitiez toute atteinte à la vie privée, toute destruction de données et toute interruption de service, et que vous nous laissiez un délai raisonnable pour corriger le problème avant toute divulgation.",
  lastUpdated: (date) => `Dernière mise à jour\u00a0: ${date}`,
};
