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
  'email-without-encryption':
    'El correo es el único medio; se espera una alternativa cifrada (una clave OpenPGP, un formulario HTTPS o el reporte privado de vulnerabilidades de GitHub).',
  'no-private-channel':
    'Solo hay medios públicos; se espera uno privado (correo, formulario web o el reporte privado de vulnerabilidades de GitHub).',
  'not-a-policy': 'Este archivo nunca menciona cómo reportar vulnerabilidades; se espera una política de seguridad.',
  'public-issue-reporting':
    'Se indica reportar una vulnerabilidad en una incidencia pública; se espera un medio privado y un «no abra una incidencia pública».',
  'unverifiable-key':
    'Se dice que la clave está en servidores de claves; se espera una huella o una URL para verificarla.',
  'response-timeframe-long/long': 'La primera respuesta se promete en {days} días; se esperan {limit} días o menos.',
  'stale-date/old': '«{date}» tiene más de {months} meses; se espera una fecha del último año.',
  'empty-section/empty': 'La sección «{heading}» está vacía; se espera contenido antes del siguiente encabezado.',
  'security-md-missing/none':
    'No hay SECURITY.md en la raíz, .github/ ni docs/; se espera una política que indique a quienes reportan cómo contactarle de forma privada. En GitHub puede aplicarse la política predeterminada de una organización: indique una copia local de su repositorio .github con --org-defaults PATH (o "orgDefaults" en .security-policy.json).',
  'security-md-missing/elsewhere':
    'No hay SECURITY.md donde GitHub la muestra (la raíz, .github/ o docs/): {file} no se muestra; se espera moverlo allí. En GitHub puede aplicarse la política predeterminada de una organización: indique una copia local de su repositorio .github con --org-defaults PATH (o "orgDefaults" en .security-policy.json).',
  'policy-location/elsewhere': 'GitHub no muestra «{path}»; se espera SECURITY.md en la raíz, .github/ o docs/.',
  'policy-location/inherited':
    'GitHub no muestra «{path}», sino la política predeterminada de la organización ({inherited}); se espera SECURITY.md en la raíz, .github/ o docs/.',
  'policy-duplicate/duplicate':
    'Hay otra política en {others} y GitHub muestra «{shown}»; se espera un único SECURITY.md.',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard podría evaluar {files} en lugar de esta política; se espera que ningún otro archivo se llame security.md.',
  'supported-versions-table/cells': 'Esta fila tiene {cells} celdas; se esperan {columns}, como en el encabezado.',
  'supported-versions-table/shortcode':
    'El shortcode «{shortcode}» no se muestra en GitHub; se espera un emoji como ✅ o un shortcode como :white_check_mark:.',
  'supported-versions-table/ended': 'El soporte «{support}» ya terminó; se espera una fecha vigente.',
  'supported-versions-table/conflict':
    'La versión {version} figura como compatible, pero «{other}» la marca como no compatible; se espera un solo estado por versión.',
  'supported-versions-table/none': 'Ninguna versión figura como compatible; se espera al menos una fila con ✅.',
  'template-unedited/instructions':
    'Las instrucciones de la plantilla de GitHub siguen aquí; se espera el texto propio del proyecto.',
  'template-unedited/sampleTable':
    'La tabla de versiones de ejemplo de GitHub (5.1.x, 5.0.x, 4.0.x, < 4.0) sigue aquí; se esperan las versiones propias del proyecto.',
  'mojibake/misdecoded':
    'Texto mal decodificado «{found}»; se espera «{replacement}» (UTF-8 leído como Windows-1252/1254).',
  'merge-conflict-marker/marker':
    'Marcador de conflicto de fusión «{marker}»; se espera que el conflicto esté resuelto.',
  'not-utf8/binary': 'El archivo contiene bytes NUL y parece binario; se espera texto UTF-8.',
  'not-utf8/invalid': 'UTF-8 no válido aquí (se muestra como U+FFFD); se espera texto UTF-8.',
  'no-contact/noChannel':
    'No hay forma de reportar una vulnerabilidad; se espera una dirección de correo, una URL para reportar o el reporte privado de vulnerabilidades de GitHub.',
  'no-contact/noContactField':
    'No hay campo Contact; se espera al menos un «Contact:» con una URI mailto:, tel: o https://.',
  'insecure-link/insecure': '«{url}» no está cifrado; se espera https://.',
  'undeliverable-contact/noreply':
    '«{address}» es una dirección noreply que no puede recibir reportes; se espera un buzón atendido.',
  'undeliverable-contact/invalid': '«{address}» no es una dirección de correo válida; se espera name@domain.tld.',
  'undeliverable-contact/invalidMailto':
    '«{address}» no es una dirección de correo válida; se espera mailto:name@domain.tld.',
  'undeliverable-contact/cloudflare':
    'Se copió el «[email protected]» ofuscado por Cloudflare en lugar de la dirección; se espera la dirección real.',
  'undeliverable-contact/mailtoInvalid':
    'El enlace mailto «{url}» no tiene una dirección válida; se espera mailto:name@domain.tld.',
  'undeliverable-contact/noMailto': 'Al enlace a «{url}» le falta «mailto:»; se espera mailto:{url}.',
  'broken-link/empty': 'Enlace vacío; se espera una URL, un archivo o un #encabezado.',
  'broken-link/anchor':
    'Ningún encabezado produce el ancla «{anchor}»; se espera uno de los encabezados del documento.',
  'broken-link/host': 'El host «{host}» de «{url}» está mal formado; se espera un nombre de dominio como «{domain}».',
  'broken-link/file': 'El archivo «{path}» no existe; se espera una ruta relativa a esta política.',
  'broken-link/notInRepository': '«{path}» no está en este repositorio; se espera la ruta de un archivo existente.',
  'placeholder/unfilled': 'Marcador sin rellenar «{value}»; se espera el valor real.',
  'placeholder/exampleDomain': '«{address}» usa un dominio de ejemplo reservado; se espera una dirección real.',
  'placeholder/reservedLink': 'Enlace al dominio reservado «{host}»; se espera una dirección real.',
  'placeholder/sample':
    '«{value}» es un valor de ejemplo de la plantilla de Security Insights; se espera el del propio proyecto.',
  'placeholder/reservedDomain': '«{value}» usa el dominio reservado «{domain}»; se espera una dirección real.',
  'check-limits':
    'Este párrafo tiene más corchetes, comillas invertidas o marcas de cita de las que tiene una política, así que se lee como texto plano (sus enlaces y código no se reconocen como tales).',
  'insights-missing':
    'No hay security-insights.yml en el repositorio; se espera uno en la raíz o en .github/ como evidencia para OSPS Baseline.',
  'contact-mismatch/txt':
    'security.txt indica {contacts} pero SECURITY.md indica {policy}; se esperan los mismos contactos.',
  'contact-mismatch/txtInherited':
    'security.txt indica {contacts} pero SECURITY.md (heredado de {inherited}) indica {policy}; se esperan los mismos contactos.',
  'contact-mismatch/siPolicy':
    'security-insights.yml indica «{mine}» pero SECURITY.md indica {emails}; se espera el mismo contacto.',
  'contact-mismatch/siInherited':
    'security-insights.yml indica «{mine}» pero SECURITY.md (heredado de {inherited}) indica {emails}; se espera el mismo contacto.',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml indica «{mine}» pero security.txt indica {emails}; se espera el mismo contacto.',
  'disable-unknown-rule/suggestion':
    'Regla desconocida «{id}» en un comentario de desactivación; ¿quería decir «{suggestion}»?',
  'disable-unknown-rule/unknown': 'Regla desconocida «{id}» en un comentario de desactivación: no desactiva nada.',
  'disable-unused/none': 'Comentario de desactivación sin uso: no suprimió ningún hallazgo.',
  'disable-unused/one': 'Comentario de desactivación sin uso: aquí no hay ningún hallazgo de «{id}» que suprimir.',
  'disable-unused/many': 'Comentario de desactivación sin uso: aquí no hay ningún hallazgo de {ids} que suprimir.',
};
