/** Portuguese (Brazil), addressing the reader as "você". */
import type { PolicyTexts } from './types';

export const pt: PolicyTexts = {
  title: 'Política de segurança',
  headings: {
    supported: 'Versões suportadas',
    reporting: 'Como relatar uma vulnerabilidade',
    response: 'Prazos de resposta',
    disclosure: 'Política de divulgação',
    scope: 'Escopo',
    safeHarbor: 'Porto seguro',
  },
  versionColumn: 'Versão',
  supportedColumn: 'Suportada',
  latestOnly:
    'Apenas a versão mais recente recebe correções de segurança; atualize para ela antes de relatar um problema.',
  noPublicIssues:
    'Por favor, não relate vulnerabilidades de segurança em issues, discussões ou pull requests públicos.',
  reportPrivately: 'Em vez disso, relate-as de forma privada:',
  viaGithub: (url) =>
    `Pelo relato privado de vulnerabilidades do GitHub: [relatar uma vulnerabilidade](${url}) na aba **Security** deste repositório.`,
  viaEmail: (email) => `Por e-mail para [${email}](mailto:${email}).`,
  viaEncryptedEmail: (email, key) =>
    `Por e-mail para [${email}](mailto:${email}), criptografado com nossa chave OpenPGP: <${key}>.`,
  viaForm: (url) => `Pelo nosso [formulário de relato de vulnerabilidades](${url}).`,
  privateReporting:
    'Para relatar uma vulnerabilidade de forma privada, use o relato privado de vulnerabilidades do GitHub: abra a aba **Security** deste repositório e escolha **Report a vulnerability**.',
  keyOnly: (key) => `Nossa chave OpenPGP, para criptografar o que você nos enviar: <${key}>.`,
  include: 'Inclua uma descrição da vulnerabilidade, os passos para reproduzi-la, as versões afetadas e o seu impacto.',
  acknowledge: (days) =>
    `Enviamos uma resposta confirmando o recebimento do seu relato em até ${days === 1 ? 'um dia útil' : `${days} dias úteis`} e mantemos você informado sobre o andamento até a publicação de uma correção.`,
  disclosure: (days) =>
    days === null
      ? 'Combinamos com você a data de divulgação e publicamos um aviso de segurança assim que houver uma correção disponível.'
      : `Publicamos uma correção e um aviso de segurança em até ${days} dias a partir do seu relato, em data combinada com você. A menos que você prefira o contrário, daremos a você o crédito pela descoberta no aviso.`,
  inScope: 'Dentro do escopo: o código deste repositório e as versões publicadas a partir dele.',
  outOfScope:
    'Fora do escopo: vulnerabilidades em dependências de terceiros (relate-as aos respectivos mantenedores), negação de serviço por volume de tráfego, engenharia social e resultados de scanners automáticos sem impacto demonstrado.',
  safeHarbor:
    'Consideramos autorizada a pesquisa de segurança realizada de boa-fé de acordo com esta política. Não moveremos nem apoiaremos ações judiciais contra você por ela, desde que você evite violações de privacidade, destruição de dados e interrupção de serviços, e nos dê um prazo razoável para corrigir o problema antes de qualquer divulgação.',
  lastUpdated: (date) => `Última atualização: ${date}`,
};
