/** Spanish: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const es: MessageCatalog = {
  'no-response-timeframe':
    'No hay plazo de respuesta; se espera un compromiso como «acusamos recibo de los reportes en 3 días hábiles».',
  'no-disclosure-timeline':
    'No hay plazo de divulgación; se espera un periodo de divulgación coordinada, como 90 días.',
  'no-supported-versions':
    'No hay versiones compatibles; se espera indicar qué versiones reciben correcciones de seguridad.',
  'no-safe-harbor':
    'No hay puerto seguro; se espera declarar que la investigación de buena fe no tendrá consecuencias legales.',
  'no-scope': 'No hay alcance; se espera indicar qué entra y qué no en el alcance.',
  'no-issuance-date': 'No hay fecha de emisión; se espera una línea como «Última actualización: AAAA-MM-DD».',
  'no-title': 'No hay título; se espera un encabezado de nivel 1 como «# Política de seguridad».',
};
