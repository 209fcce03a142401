/** Portuguese: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const pt: QuestionTexts = {
  'Which language should the policy be written in?': 'Em qual idioma a política deve ser escrita?',
  'Where should the policy go? GitHub shows it from any of these.':
    'Onde a política deve ficar? O GitHub a exibe a partir de qualquer um destes locais.',
  'How should reporters reach you privately? (pick one or more)':
    'Como quem relata pode falar com você de forma privada? (escolha uma ou mais opções)',
  'Pick at least one way to report.': 'Escolha pelo menos uma forma de relato.',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    'Repositório do GitHub (owner/repo) com o relato privado de vulnerabilidades ativado',
  'Email address for reports': 'Endereço de e-mail para os relatos',
  'Web form for reports': 'Formulário web para os relatos',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    'URL da chave OpenPGP para relatos criptografados (opcional: deixe em branco se não houver)',
  'Acknowledge a report within…': 'Confirmar o recebimento de um relato em até…',
  'Coordinated disclosure: publish within…': 'Divulgação coordenada: publicar em até…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    'Versões suportadas: "<" ou "!" marca as não suportadas; vazio significa apenas a versão mais recente',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    'Versões suportadas: "<" ou "!" marca as não suportadas (segundo {0}); vazio significa apenas a versão mais recente',
  'Optional sections': 'Seções opcionais',
  'Contacts from the policy (the security.txt should name the same)':
    'Contatos da política (o security.txt deve citar os mesmos)',
  'Contacts from {0} (the security.txt should name the same)': 'Contatos de {0} (o security.txt deve citar os mesmos)',
  'Pick at least one contact.': 'Escolha pelo menos um contato.',
  'An email or https:// URL for reports': 'Um e-mail ou uma URL https:// para os relatos',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} não cita nenhum contato: um e-mail ou uma URL https:// para os relatos',
  'OpenPGP key URL (Encryption; optional)': 'URL da chave OpenPGP (Encryption; opcional)',
  'The web site that will serve the file, for Canonical (optional)':
    'O site que vai servir o arquivo, para Canonical (opcional)',
  'Policy: the URL of your security policy (optional)': 'Policy: a URL da sua política de segurança (opcional)',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)':
    'Idiomas preferidos para os relatos (tags RFC 5646, separadas por vírgulas)',
  'Project name': 'Nome do projeto',
  'Repository URL (repository.url; the git remote by default)':
    'URL do repositório (repository.url; por padrão, o remoto do git)',
  'Who administers the project (a person or a team)': 'Quem administra o projeto (uma pessoa ou uma equipe)',
  'Security contact email (optional; SECURITY.md names it by default)':
    'E-mail de contato de segurança (opcional; por padrão, o citado no SECURITY.md)',
  'Security policy URL (optional; your SECURITY.md by default)':
    'URL da política de segurança (opcional; por padrão, o seu SECURITY.md)',
  'License (SPDX expression)': 'Licença (expressão SPDX)',
  'Repository status (repostatus.org)': 'Status do repositório (repostatus.org)',
  'repository root': 'raiz do repositório',
  'next to other GitHub files': 'junto a outros arquivos do GitHub',
  'with the documentation': 'com a documentação',
  'GitHub private vulnerability reporting': 'Relato privado de vulnerabilidades do GitHub',
  'enable it in the repository settings': 'ative nas configurações do repositório',
  'Reports arrive as draft security advisories.': 'Os relatos chegam como rascunhos de alertas de segurança.',
  Email: 'E-mail',
  'a monitored address such as security@…': 'uma caixa de correio monitorada, como security@…',
  'Web form': 'Formulário web',
  'an https:// page for reports': 'uma página https:// para os relatos',
  '1 business day': '1 dia útil',
  '{0} business days': '{0} dias úteis',
  recommended: 'recomendado',
  '{0} days': '{0} dias',
  'the common default': 'o padrão comum',
  'No fixed window': 'Sem prazo fixo',
  'agree on a date with each reporter': 'combinar uma data com cada pessoa que relatar',
  Scope: 'Escopo',
  'what is in and out of scope': 'o que está e o que não está no escopo',
  'Safe Harbor': 'Porto seguro',
  'no legal action against good-faith research': 'nenhuma ação judicial contra a pesquisa de boa-fé',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.':
    'Digite um endereço de e-mail, por exemplo security@your-project.org.',
  'Enter the address without "mailto:".': 'Digite o endereço sem "mailto:".',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" não é um endereço de e-mail; esperado, por exemplo, security@your-project.org.',
  '"{0}" cannot receive reports, expected a monitored mailbox.':
    '"{0}" não pode receber relatos; esperada uma caixa de correio monitorada.',
  'Enter a URL starting with https://.': 'Digite uma URL que comece com https://.',
  '"{0}" is not a URL, expected one starting with https://.':
    '"{0}" não é uma URL; esperada uma que comece com https://.',
  '"{0}" is not https, expected a URL starting with https://.':
    '"{0}" não é https; esperada uma URL que comece com https://.',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" não tem nome de domínio; esperado, por exemplo, https://your-project.org/...',
  '"{0}" is not a GitHub repository, expected owner/repo.':
    '"{0}" não é um repositório do GitHub; esperado owner/repo.',
  '{0} is not a number of business days from 1 to {1}.': '{0} não é um número de dias úteis de 1 a {1}.',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} não é um prazo de divulgação de {1} a {2} dias.',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '"{0}" não é uma versão; esperado, por exemplo, "3.x, < 3.0".',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    'Nenhuma versão é suportada; esperada pelo menos uma, por exemplo "3.x, < 3.0".',
  'Enter at least one language tag, e.g. en.': 'Digite pelo menos uma tag de idioma, por exemplo en.',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" não é uma subtag de idioma registrada; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" é o código de país de {1}, não um idioma; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" é o código de país de {1}, não um idioma; esperado "{2}".',
  '"{0}" separates its subtags with "_", expected "{1}".': '"{0}" separa suas subtags com "_"; esperado "{1}".',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" não está bem formada ({1}); esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" não é uma tag de idioma bem formada; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" em "{1}" não é uma subtag de idioma estendido registrada; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{0}" em "{1}" não é uma subtag de escrita registrada; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{0}" em "{1}" não é uma subtag de região registrada; esperado, por exemplo, en, de ou pt-BR.',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{0}" em "{1}" não é uma subtag de variante registrada; esperado, por exemplo, en, de ou pt-BR.',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'A variante "{0}" aparece duas vezes em "{1}"; esperado, por exemplo, en, de ou pt-BR.',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    'A extensão "{0}" aparece duas vezes em "{1}"; esperado, por exemplo, en, de ou pt-BR.',
  'Enter the project name.': 'Digite o nome do projeto.',
  'Enter a name.': 'Digite um nome.',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    'Digite uma expressão de licença SPDX, como MIT ou Apache-2.0 OR MIT.',
};
