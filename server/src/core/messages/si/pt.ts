/**
 * Portuguese: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay
 * as the file writes them. insights-schema's sentences of a kind and what was found are composed from the words
 * below (./schema-sentences.ts).
 */
import type { MessageCatalog } from '../types';
import { ruleEntries, schemaSentences } from './schema-sentences';

export const ptSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available é true, mas nenhum bug-bounty-program diz onde está o programa; esperada a URL dele.',
  'insights-v1':
    'Este é um arquivo Security Insights v1, que os leitores da versão 2 ignoram; esperada a estrutura 2.x (header.url, project, repository).',
  'insights-future-date/future': '{field} é {date}, depois de hoje ({today}); esperada uma data que já passou.',
  'insights-no-contact/nowhere':
    'reports-accepted é true, mas nem contact nem {policy} diz para onde reportar; esperado um dos dois.',
  'insights-renamed-key/renamed':
    '"security-policy" foi renomeado para "policy" no Security Insights 2.2.0; esperado "policy" em um arquivo da versão {version}.',
  'insights-renamed-key/notYet':
    '"policy" é o nome do Security Insights 2.2.0; esperado "security-policy" em um arquivo da versão {version}.',
  'insights-repository-url/other':
    'repository.url é "{declared}", mas o remoto git é "{remote}"; esperado o mesmo repositório.',
  'insights-stale/old': '{field} é {date}, há mais de um ano; esperada uma revisão nos últimos 12 meses.',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML: tabulações não são permitidas como indentação.',
    nestedCompact: 'YAML: mapeamentos aninhados não são permitidos em mapeamentos compactos.',
    multilineKey: 'YAML: chaves implícitas precisam ficar em uma única linha.',
    keyWithoutValue: 'YAML: chaves implícitas de um mapeamento precisam ser seguidas de um valor.',
    mappingColumn: 'YAML: todos os itens de um mapeamento devem começar na mesma coluna.',
    sequenceColumn: 'YAML: todos os itens de uma sequência devem começar na mesma coluna.',
    sequenceAsKey: 'YAML: uma sequência de bloco não pode ser usada como chave implícita.',
    sequenceItem: 'YAML: item de sequência sem o indicador -.',
    commentSpace: 'YAML: comentários devem ser separados dos outros elementos por espaços em branco.',
    blockInFlow: 'YAML: coleções de bloco não são permitidas dentro de coleções de fluxo.',
    missingQuote: 'YAML: falta a aspa de fechamento {quote}.',
    reservedStart: 'YAML: um valor simples não pode começar com o caractere reservado {char}.',
    parser: 'YAML: "{problem}" (mensagem do analisador YAML).',
    duplicateKey: 'YAML: as chaves de um mapeamento devem ser únicas.',
    complexKey: 'YAML: uma chave que é um mapeamento ou uma lista; esperada uma chave simples (lida como texto).',
    aliases:
      'YAML: os aliases se expandem em mais de {max} cópias (o padrão de um ataque "billion laughs"), então o arquivo não pode ser lido como dados.',
    tooDeep:
      'YAML: aqui os valores se aninham em mais de {max} níveis, então o arquivo não é verificado (arquivos reais têm menos de dez).',
    tooLarge:
      'YAML: o arquivo tem {size} KB, mais que os {max} KB que um security-insights.yml pode razoavelmente ter, então não é verificado.',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'um mapeamento de campos',
        list: 'uma lista',
        text: 'texto',
        longtext: 'texto de no máximo 560 caracteres',
        boolean: 'true ou false',
        integer: 'um número inteiro',
        url: 'uma URL http:// ou https://',
        email: 'um endereço de e-mail',
        phone: 'um número de telefone',
        date: 'uma data no formato AAAA-MM-DD',
        datetime: "uma data e hora com fuso horário, como '2027-01-01T00:00:00.000Z'",
        version: 'uma versão como 2.2.0',
        hash: 'um hash de commit de 5 a 40 dígitos hexadecimais minúsculos',
        pgp: 'uma chave pública PGP de "-----BEGIN PGP PUBLIC KEY BLOCK-----" a "-----END PGP PUBLIC KEY BLOCK-----"',
        choice: 'um dos valores listados',
        oneOf: 'um de {allowed}',
      },
      found: {
        none: 'nenhum valor encontrado',
        list: 'encontrada uma lista',
        mapping: 'encontrado um mapeamento',
        empty: 'encontrada uma string vazia',
        text: 'encontrado "{found}"',
        plain: 'encontrado {found}',
        other: 'encontrado um valor de outro tipo',
      },
      value: {
        none: 'não tem valor',
        list: 'é uma lista',
        mapping: 'é um mapeamento',
        empty: 'é uma string vazia',
        text: 'é "{found}"',
        plain: 'é {found}',
        other: 'é um valor de outro tipo',
      },
      mustBe: (kind, found) => `"{field}" deve ser ${kind}; ${found}.`,
      enumValue: (found) => `"{field}" deve ser um de {allowed}; ${found}.`,
      notDate: (found) => `"{field}" não é uma data real do calendário; ${found}.`,
      v1Version: (value) =>
        `schema-version ${value}, o que não corresponde aos campos deste arquivo, que são do Security Insights v1; esperado {allowed}.`,
      required: (kind) => `Falta o campo obrigatório "{field}"${kind ? `; o valor esperado é ${kind}` : ''}.`,
      requiredWhen: (kind) =>
        `Falta o campo "{field}"${kind ? `; o valor esperado é ${kind}` : ''}; ele é obrigatório quando "{condition}" é {conditionValue}.`,
    }),
    longText: '"{field}" deve ter no máximo 560 caracteres; tem {length}.',
    unknownNear: 'Campo desconhecido "{name}" em {where}; você quis dizer "{near}"?',
    unknownNearTop: 'Campo desconhecido "{name}" no nível superior; você quis dizer "{near}"?',
    unknown: 'Campo desconhecido "{name}" em {where}; esperado um de: {allowed}.',
    unknownTop: 'Campo desconhecido "{name}" no nível superior; esperado um de: {allowed}.',
    duplicate: '"{field}" lista a mesma entrada duas vezes, em [{first}] e em [{second}]; mantenha uma.',
    empty: '"{field}" precisa de pelo menos uma entrada; encontrada uma lista vazia.',
    other: '"{field}" não segue o esquema: "{problem}" (mensagem do Ajv).',
    notMappingList: 'O arquivo deve ser um mapeamento de campos como "header"; encontrada uma lista.',
    notMappingValue: 'O arquivo deve ser um mapeamento de campos como "header"; encontrado um valor isolado.',
    projectMissing:
      'Falta o campo obrigatório "project"; o valor esperado é um mapeamento de campos (a partir da 2.1.0, a menos que "header.project-si-source" indique o arquivo que descreve o projeto).',
    introduced:
      '"{field}" existe a partir do Security Insights {introduced}, mas este arquivo declara {declared}: declare {introduced} ou remova o campo.',
    expiresAfterReview:
      '"header.expiration-date" deve ser no máximo um ano depois de "header.last-reviewed" ({reviewed}); encontrado "{expires}".',
    v2Version:
      'schema-version "{version}" não corresponde aos campos deste arquivo, que são do Security Insights 2.x; esperado 2.0.0, 2.1.0 ou 2.2.0.',
  }),
};
