/** Portuguese: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const pt: MessageCatalog = {
  'no-response-timeframe':
    'Nenhum prazo de resposta; esperado um compromisso como "confirmamos o recebimento dos relatos em até 3 dias úteis".',
  'no-disclosure-timeline': 'Nenhum prazo de divulgação; esperada uma janela de divulgação coordenada, como 90 dias.',
  'no-supported-versions': 'Nenhuma versão suportada; esperado dizer quais versões recebem correções de segurança.',
  'no-safe-harbor':
    'Nenhum porto seguro; esperada a declaração de que a pesquisa de boa-fé não sofrerá ações judiciais.',
  'no-scope': 'Nenhum escopo; esperado dizer o que está e o que não está no escopo.',
  'no-issuance-date': 'Nenhuma data de emissão; esperada uma linha como "Última atualização: AAAA-MM-DD".',
  'no-title': 'Nenhum título; esperado um cabeçalho de nível 1 como "# Política de segurança".',
  'email-without-encryption':
    'O e-mail é o único canal; esperada uma alternativa criptografada (uma chave OpenPGP, um formulário HTTPS ou o relato privado de vulnerabilidades do GitHub).',
  'no-private-channel':
    'Só há canais públicos; esperado um canal privado (e-mail, formulário web ou o relato privado de vulnerabilidades do GitHub).',
  'not-a-policy': 'Este arquivo nunca menciona como relatar vulnerabilidades; esperada uma política de segurança.',
  'public-issue-reporting':
    'Quem relata é orientado a usar uma issue pública para uma vulnerabilidade; esperado um canal privado e um "não abra uma issue pública".',
  'unverifiable-key':
    'Diz-se que a chave está em servidores de chaves; esperada uma impressão digital ou uma URL para verificá-la.',
  'response-timeframe-long/long': 'A primeira resposta é prometida em {days} dias; esperados {limit} dias ou menos.',
  'stale-date/old': '"{date}" tem mais de {months} meses; esperada uma data do último ano.',
  'empty-section/empty': 'A seção "{heading}" está vazia; esperado conteúdo antes do próximo título.',
  'security-md-missing/none':
    'Nenhum SECURITY.md na raiz, em .github/ ou docs/; esperada uma política que diga a quem relata como contatar você de forma privada. No GitHub, a política padrão de uma organização pode valer: indique uma cópia local do repositório .github dela com --org-defaults PATH (ou "orgDefaults" em .security-policy.json).',
  'security-md-missing/elsewhere':
    'Nenhum SECURITY.md onde o GitHub o mostra (a raiz, .github/ ou docs/): {file} não é mostrado; esperado movê-lo para lá. No GitHub, a política padrão de uma organização pode valer: indique uma cópia local do repositório .github dela com --org-defaults PATH (ou "orgDefaults" em .security-policy.json).',
  'policy-location/elsewhere': 'O GitHub não exibe "{path}"; esperado SECURITY.md na raiz, em .github/ ou docs/.',
  'policy-location/inherited':
    'O GitHub não exibe "{path}", e sim a política padrão da organização ({inherited}); esperado SECURITY.md na raiz, em .github/ ou docs/.',
  'policy-duplicate/duplicate':
    'Existe outra política em {others} e o GitHub exibe "{shown}"; esperado um único SECURITY.md.',
  'scorecard-shadowed/shadowed':
    'O OpenSSF Scorecard pode avaliar {files} em vez desta política; esperado nenhum outro arquivo chamado security.md.',
  'supported-versions-table/cells': 'Esta linha tem {cells} células; esperadas {columns}, como no cabeçalho.',
  'supported-versions-table/shortcode':
    'O shortcode "{shortcode}" não é exibido no GitHub; esperado um emoji como ✅ ou um shortcode como :white_check_mark:.',
  'supported-versions-table/ended': 'O suporte "{support}" já terminou; esperada uma data atual.',
  'supported-versions-table/conflict':
    'A versão {version} está marcada como suportada, mas "{other}" a marca como não suportada; esperado um status por versão.',
  'supported-versions-table/none': 'Nenhuma versão marcada como suportada; esperada pelo menos uma linha com ✅.',
  'template-unedited/instructions':
    'As instruções do modelo do GitHub ainda estão aqui; esperado o texto do próprio projeto.',
  'template-unedited/sampleTable':
    'A tabela de versões de exemplo do GitHub (5.1.x, 5.0.x, 4.0.x, < 4.0) ainda está aqui; esperadas as versões do próprio projeto.',
  'mojibake/misdecoded':
    'Texto mal decodificado "{found}"; esperado "{replacement}" (UTF-8 lido como Windows-1252/1254).',
  'merge-conflict-marker/marker': 'Marcador de conflito de merge "{marker}"; esperado que o conflito seja resolvido.',
  'not-utf8/binary': 'O arquivo contém bytes NUL e parece binário; esperado texto UTF-8.',
  'not-utf8/invalid': 'UTF-8 inválido aqui (mostrado como U+FFFD); esperado texto UTF-8.',
  'no-contact/noChannel':
    'Nenhuma forma de relatar uma vulnerabilidade; esperado um endereço de e-mail, uma URL para relatos ou o relato privado de vulnerabilidades do GitHub.',
  'no-contact/noContactField':
    'Nenhum campo Contact; esperado pelo menos um "Contact:" com uma URI mailto:, tel: ou https://.',
  'insecure-link/insecure': '"{url}" não é criptografado; esperado https://.',
  'undeliverable-contact/noreply':
    '"{address}" é um endereço noreply que não recebe relatos; esperada uma caixa de correio monitorada.',
  'undeliverable-contact/invalid': '"{address}" não é um endereço de e-mail válido; esperado name@domain.tld.',
  'undeliverable-contact/invalidMailto':
    '"{address}" não é um endereço de e-mail válido; esperado mailto:name@domain.tld.',
  'undeliverable-contact/cloudflare':
    'Foi copiado o "[email protected]" ofuscado pelo Cloudflare em vez do endereço; esperado o endereço real.',
  'undeliverable-contact/mailtoInvalid':
    'O link mailto "{url}" não tem um endereço válido; esperado mailto:name@domain.tld.',
  'undeliverable-contact/noMailto': 'O link para "{url}" não tem "mailto:"; esperado mailto:{url}.',
  'broken-link/empty': 'Link vazio; esperado uma URL, um arquivo ou um #título.',
  'broken-link/anchor': 'Nenhum título gera a âncora "{anchor}"; esperado um dos títulos do documento.',
  'broken-link/host': 'O host "{host}" de "{url}" está malformado; esperado um nome de domínio como "{domain}".',
  'broken-link/file': 'O arquivo "{path}" não existe; esperado um caminho relativo a esta política.',
  'broken-link/notInRepository': '"{path}" não está neste repositório; esperado o caminho de um arquivo existente.',
  'placeholder/unfilled': 'Espaço reservado não preenchido "{value}"; esperado o valor real.',
  'placeholder/exampleDomain': '"{address}" usa um domínio de exemplo reservado; esperado um endereço real.',
  'placeholder/reservedLink': 'Link para o domínio reservado "{host}"; esperado um endereço real.',
  'placeholder/sample':
    '"{value}" é um valor de exemplo do modelo do Security Insights; esperado o do próprio projeto.',
  'placeholder/reservedDomain': '"{value}" usa o domínio reservado "{domain}"; esperado um endereço real.',
  'check-limits':
    'Este parágrafo tem mais colchetes, crases ou marcas de citação do que uma política tem, por isso é lido como texto simples (links e código nele não são reconhecidos como tais).',
  'insights-missing':
    'Nenhum security-insights.yml no repositório; esperado um na raiz ou em .github/ como evidência para o OSPS Baseline.',
  'contact-mismatch/txt':
    'O security.txt indica {contacts}, mas o SECURITY.md indica {policy}; esperados os mesmos contatos.',
  'contact-mismatch/txtInherited':
    'O security.txt indica {contacts}, mas o SECURITY.md (herdado de {inherited}) indica {policy}; esperados os mesmos contatos.',
  'contact-mismatch/siPolicy':
    'O security-insights.yml indica "{mine}", mas o SECURITY.md indica {emails}; esperado o mesmo contato.',
  'contact-mismatch/siInherited':
    'O security-insights.yml indica "{mine}", mas o SECURITY.md (herdado de {inherited}) indica {emails}; esperado o mesmo contato.',
  'contact-mismatch/siSecurityTxt':
    'O security-insights.yml indica "{mine}", mas o security.txt indica {emails}; esperado o mesmo contato.',
  'disable-unknown-rule/suggestion':
    'Regra desconhecida "{id}" em um comentário de desativação; você quis dizer "{suggestion}"?',
  'disable-unknown-rule/unknown': 'Regra desconhecida "{id}" em um comentário de desativação: ele não desativa nada.',
  'disable-unused/none': 'Comentário de desativação não usado: ele não suprimiu nenhum achado.',
  'disable-unused/one': 'Comentário de desativação não usado: nenhum achado de "{id}" a suprimir aqui.',
  'disable-unused/many': 'Comentário de desativação não usado: nenhum achado de {ids} a suprimir aqui.',
};
