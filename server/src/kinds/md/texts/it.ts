/** Italian, addressing the reader as "tu", as GitHub's Italian pages do. */
import type { PolicyTexts } from './types';

export const it: PolicyTexts = {
  title: 'Politica di sicurezza',
  headings: {
    supported: 'Versioni supportate',
    reporting: 'Segnalare una vulnerabilità',
    response: 'Tempi di risposta',
    disclosure: 'Politica di divulgazione',
    scope: 'Ambito',
    safeHarbor: 'Tutela della ricerca in buona fede',
  },
  versionColumn: 'Versione',
  supportedColumn: 'Supportata',
  latestOnly:
    "Solo l'ultima versione riceve correzioni di sicurezza; aggiorna a questa versione prima di segnalare un problema.",
  noPublicIssues: 'Non segnalare vulnerabilità di sicurezza tramite issue, discussioni o pull request pubbliche.',
  reportPrivately: 'Segnalale invece in privato:',
  viaGithub: (url) =>
    `Tramite la segnalazione privata delle vulnerabilità di GitHub: [segnala una vulnerabilità](${url}) dalla scheda **Security** di questo repository.`,
  viaEmail: (email) => `Per email all'indirizzo [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `Per email all'indirizzo [${email}](mailto:${email}), cifrata con la nostra chiave OpenPGP: <${key}>.`,
  viaForm: (url) => `Tramite il nostro [modulo di segnalazione delle vulnerabilità](${url}).`,
  privateReporting:
    'Per segnalare una vulnerabilità in privato, usa la segnalazione privata delle vulnerabilità di GitHub: apri la scheda **Security** di questo repository e scegli **Report a vulnerability**.',
  keyOnly: (key) => `La nostra chiave OpenPGP, per cifrare ciò che ci invii: <${key}>.`,
  include:
    'Includi una descrizione della vulnerabilità, i passaggi per riprodurla, le versioni interessate e il suo impatto.',
  acknowledge: (days) =>
    `Ti inviamo una conferma di ricezione entro ${days === 1 ? 'un giorno lavorativo' : `${days} giorni lavorativi`} e ti teniamo aggiornato sui progressi fino al rilascio di una correzione.`,
  disclosure: (days) =>
    days === null
      ? 'Concordiamo con te la data di divulgazione e pubblichiamo un avviso di sicurezza non appena è disponibile una correzione.'
      : `La divulgazione coordinata avviene entro ${days} giorni dalla tua segnalazione: pubblichiamo una correzione e un avviso di sicurezza in una data concordata con te. Ti citiamo nell'avviso, a meno che tu non preferisca restare anonimo.`,
  inScope: "Nell'ambito: il codice di questo repository e le versioni pubblicate a partire da esso.",
  outOfScope:
    "Fuori dall'ambito: le vulnerabilità delle dipendenze di terze parti (segnalale ai rispettivi maintainer), il denial of service basato sul volume di traffico, l'ingegneria sociale e i risultati di scanner automatici senza un impatto dimostrato.",
  safeHarbor:
    'Consideriamo autorizzata la ricerca di sicurezza svolta in buona fede nel rispetto di questa politica. Non intraprenderemo né sosterremo azioni legali contro di te per questo, a condizione che tu eviti violazioni della privacy, distruzione di dati e interruzioni dei servizi, e ci lasci un tempo ragionevole per risolvere il problema prima di qualsiasi divulgazione.',
  lastUpdated: (date) => `Ultimo aggiornamento: ${date}`,
};
