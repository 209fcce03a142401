/** Spanish: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const es: QuestionTexts = {
  'Which language should the policy be written in?': '¿En qué idioma debe redactarse la política?',
  'Where should the policy go? GitHub shows it from any of these.':
    '¿Dónde debe ir la política? GitHub la muestra desde cualquiera de estas ubicaciones.',
  'How should reporters reach you privately? (pick one or more)':
    '¿Cómo pueden contactarle en privado quienes reporten? (elija una o varias opciones)',
  'Pick at least one way to report.': 'Elija al menos una forma de reportar.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'Repositorio de GitHub (owner/repo) con el reporte privado de vulnerabilidades activado',
  'Email address for reports': 'Dirección de correo para los reportes',
  'Web form for reports': 'Formulario web para los reportes',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    'URL de la clave OpenPGP para reportes cifrados (opcional: déjelo vacío si no hay)',
  'Acknowledge a report within…': 'Acusar recibo de un reporte en un plazo de…',
  'Coordinated disclosure: publish within…': 'Divulgación coordinada: publicar en un plazo de…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Versiones compatibles: "<" o "!" marca las que no lo son; vacío significa solo la última versión',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Versiones compatibles: "<" o "!" marca las que no lo son (según {0}); vacío significa solo la última versión',
  'Optional sections': 'Secciones opcionales',
  'Contacts from the policy (the security.txt should name the same)':
    'Contactos de la política (el security.txt debería nombrar los mismos)',
  'Contacts from {0} (the security.txt should name the same)':
    'Contactos de {0} (el security.txt debería nombrar los mismos)',
  'Pick at least one contact.': 'Elija al menos un contacto.',
  'An email or https:// URL for reports': 'Un correo o una URL https:// para los reportes',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} no indica ningún contacto: un correo o una URL https:// para los reportes',
  'OpenPGP key URL (Encryption; optional)': 'URL de la clave OpenPGP (Encryption; opcional)',
  'The web site that will serve the file, for Canonical (optional)':
    'El sitio web que servirá el archivo, para Canonical (opcional)',
  'Policy: the URL of your security policy (optional)': 'Policy: la URL de su política de seguridad (opcional)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Idiomas preferidos para los reportes (etiquetas RFC 5646, separadas por comas)',
  'Project name': 'Nombre del proyecto',
  'Repository URL (repository.url; the git remote by default)':
    'URL del repositorio (repository.url; por defecto, el remoto de git)',
  'Who administers the project (a person or a team)': 'Quién administra el proyecto (una persona o un equipo)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'Correo de contacto de seguridad (opcional; por defecto, el que indica SECURITY.md)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL de la política de seguridad (opcional; por defecto, su SECURITY.md)',
  'License (SPDX expression)': 'Licencia (expresión SPDX)',
  'Repository status (repostatus.org)': 'Estado del repositorio (repostatus.org)',
  'repository root': 'raíz del repositorio',
  'next to other GitHub files': 'junto a otros archivos de GitHub',
  'with the documentation': 'con la documentación',
  'GitHub private vulnerability reporting': 'Reporte privado de vulnerabilidades de GitHub',
  'enable it in the repository settings': 'actívelo en la configuración del repositorio',
  'Reports arrive as draft security advisories.': 'Los reportes llegan como borradores de avisos de seguridad.',
  Email: 'Correo electrónico',
  'a monitored address such as security@…': 'un buzón atendido, como security@…',
  'Web form': 'Formulario web',
  'an https:// page for reports': 'una página https:// para los reportes',
  '1 business day': '1 día hábil',
  '{0} business days': '{0} días hábiles',
  recommended: 'recomendado',
  '{0} days': '{0} días',
  'the common default': 'el valor habitual',
  'No fixed window': 'Sin plazo fijo',
  'agree on a date with each reporter': 'acordar una fecha con cada persona que reporte',
  Scope: 'Alcance',
  'what is in and out of scope': 'qué entra y qué no en el alcance',
  'Safe Harbor': 'Puerto seguro',
  'no legal action against good-faith research': 'ninguna acción legal contra la investigación de buena fe',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Escriba una dirección de correo, p. ej., security@your-project.org.',
  'Enter the address without "mailto:".': 'Escriba la dirección sin "mailto:".',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" no es una dirección de correo; se espera, p. ej., security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}" no puede recibir reportes; se espera un buzón atendido.',
  'Enter a URL starting with https://.': 'Escriba una URL que empiece por https://.',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}" no es una URL; se espera una que empiece por https://.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" no es https; se espera una URL que empiece por https://.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" no tiene nombre de dominio; se espera, p. ej., https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.':
    '"{0}" no es un repositorio de GitHub; se espera owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} no es un número de días hábiles entre 1 y {1}.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} no es un plazo de divulgación de entre {1} y {2} días.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '"{0}" no es una versión; se espera, p. ej., "3.x, < 3.0".',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Ninguna versión es compatible; se espera al menos una, p. ej., "3.x, < 3.0".',
  'Enter at least one language tag, e.g. en.': 'Escriba al menos una etiqueta de idioma, p. ej., en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" no es una subetiqueta de idioma registrada; se espera, p. ej., en, de o pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" es el código de país de {1}, no un idioma; se espera, p. ej., en, de o pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" es el código de país de {1}, no un idioma; se espera "{2}".',
  '"{0}" separates its subtags with "_", expected "{1}".': '"{0}" separa sus subetiquetas con "_"; se espera "{1}".',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" no está bien formada ({1}); se espera, p. ej., en, de o pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" no es una etiqueta de idioma bien formada; se espera, p. ej., en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" en "{1}" no es una subetiqueta de idioma extendido registrada; se espera, p. ej., en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{0}" en "{1}" no es una subetiqueta de escritura registrada; se espera, p. ej., en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{0}" en "{1}" no es una subetiqueta de región registrada; se espera, p. ej., en, de o pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{0}" en "{1}" no es una subetiqueta de variante registrada; se espera, p. ej., en, de o pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'La variante "{0}" aparece dos veces en "{1}"; se espera, p. ej., en, de o pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'La extensión "{0}" aparece dos veces en "{1}"; se espera, p. ej., en, de o pt-BR.',
  'Enter the project name.': 'Escriba el nombre del proyecto.',
  'Enter a name.': 'Escriba un nombre.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Escriba una expresión de licencia SPDX, como MIT o Apache-2.0 OR MIT.',
};
