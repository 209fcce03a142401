/** Spanish, in the formal "usted". */
import type { PolicyTexts } from './types';

export const es: PolicyTexts = {
  title: 'Política de seguridad',
  headings: {
    supported: 'Versiones compatibles',
    reporting: 'Cómo reportar una vulnerabilidad',
    response: 'Plazos de respuesta',
    disclosure: 'Política de divulgación',
    scope: 'Alcance',
    safeHarbor: 'Puerto seguro',
  },
  versionColumn: 'Versión',
  supportedColumn: 'Compatible',
  latestOnly:
    'Solo la última versión recibe correcciones de seguridad; actualice a ella antes de reportar un problema.',
  noPublicIssues:
    'Por favor, no reporte vulnerabilidades de seguridad mediante incidencias, discusiones ni pull requests públicos.',
  reportPrivately: 'Repórtelas en privado por alguno de estos medios:',
  viaGithub: (url) =>
    `Mediante el reporte privado de vulnerabilidades de GitHub: [reportar una vulnerabilidad](${url}) desde la pestaña **Security** de este repositorio.`,
  viaEmail: (email) => `Por correo electrónico a [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `Por correo electrónico a [${email}](mailto:${email}), cifrado con nuestra clave OpenPGP: <${key}>.`,
  viaForm: (url) => `Mediante nuestro [formulario de reporte de vulnerabilidades](${url}).`,
  privateReporting:
    'Para reportar una vulnerabilidad en privado, use el reporte privado de vulnerabilidades de GitHub: abra la pestaña **Security** de este repositorio y elija **Report a vulnerability**.',
  keyOnly: (key) => `Nuestra clave OpenPGP, para cifrar lo que nos envíe: <${key}>.`,
  include:
    'Incluya una descripción de la vulnerabilidad, los pasos para reproducirla, las versiones afectadas y su impacto.',
  acknowledge: (days) =>
    `Le enviaremos un acuse de recibo de su reporte en un plazo de ${days === 1 ? 'un día hábil' : `${days} días hábiles`} y lo mantendremos informado de nuestros avances hasta que se publique una corrección.`,
  disclosure: (days) =>
    days === null
      ? 'Acordamos con usted la fecha de divulgación y publicamos un aviso de seguridad cuando haya una corrección disponible.'
      : `Publicamos una corrección y un aviso de seguridad en un plazo de ${days} días desde su reporte, en una fecha acordada con usted. Salvo que prefiera lo contrario, lo mencionaremos en el aviso como autor del hallazgo.`,
  inScope: 'Dentro del alcance: el código de este repositorio y las versiones publicadas a partir de él.',
  outOfScope:
    'Fuera del alcance: las vulnerabilidades en dependencias de terceros (repórtelas a sus mantenedores), la denegación de servicio por volumen de tráfico, la ingeniería social y los hallazgos de escáneres automáticos sin un impacto demostrado.',
  safeHarbor:
    'Consideramos autorizada la investigación de seguridad realizada de buena fe conforme a esta política. No emprenderemos acciones legales contra usted por ella ni apoyaremos las de terceros, siempre que evite violaciones de la privacidad, la destrucción de datos y la interrupción de servicios, y nos dé un tiempo razonable para corregir el problema antes de cualquier divulgación.',
  lastUpdated: (date) => `Última actualización: ${date}`,
};
