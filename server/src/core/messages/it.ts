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
};
