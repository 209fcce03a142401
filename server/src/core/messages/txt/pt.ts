/** Portuguese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { ptTxtEnvelope } from './envelope/pt';
import { ptTxtExpires } from './expires/pt';
import { ptTxtUri } from './uri/pt';

export const ptTxt: MessageCatalog = {
  ...ptTxtEnvelope,
  ...ptTxtExpires,
  ...ptTxtUri,
  bom: 'O arquivo começa com uma marca de ordem de bytes (BOM); esperado UTF-8 sem BOM.',
  'contact-without-encryption':
    'Contato por e-mail sem campo Encryption; esperado "Encryption:" com a URL de uma chave.',
  'encryption-inline-key': 'Encryption contém material de chave; esperada uma URI de onde a chave possa ser obtida.',
  'expires-multiple': 'Expires aparece mais de uma vez; esperado um único campo Expires.',
  'field-obsolete': 'Signature foi removido antes da RFC 9116; esperada uma assinatura OpenPGP embutida no lugar.',
  'missing-final-newline': 'A última linha não tem quebra de linha; esperado que o arquivo termine com uma.',
  'not-signed': 'O arquivo não está assinado; esperada uma assinatura OpenPGP em texto claro (RECOMMENDED).',
  'policy-missing': 'Nenhum campo Policy; esperado "Policy:" com a URL da sua política de segurança.',
  'signed-without-canonical': 'Assinado sem Canonical; esperado "Canonical:" com a URL deste arquivo.',
  'bug-bounty/repeated': 'Bug-Bounty aparece mais de uma vez; esperado apenas um.',
  'bug-bounty/notBoolean': '"{value}" não é True nem False; esperado exatamente "True" ou "False".',
  'chained-values/chained': '{count} valores em um só campo {field}; esperada uma linha {field} por valor.',
  'expired/expired': 'O arquivo expirou em {date}; esperada uma data no futuro.',
  'expires-missing/missing': 'Nenhum campo Expires; esperado um como "Expires: {value}".',
  'expires-soon/day': 'O arquivo expira em {days} dia; esperada uma renovação antes disso.',
  'expires-soon/days': 'O arquivo expira em {days} dias; esperada uma renovação antes disso.',
  'expires-too-far/tooFar': '{date} está a mais de um ano; esperada uma data dentro de um ano.',
  'file-location/notWellKnown': '"{path}" não está em .well-known/; esperado .well-known/security.txt.',
  'size-limits/bytes': 'O arquivo tem {bytes} bytes; esperado no máximo {max}.',
  'size-limits/lines': 'O arquivo tem {lines} linhas; esperado no máximo {max}.',
  'size-limits/field': 'Este campo tem {length} caracteres; esperado no máximo {max}.',
  'field-unknown/unknown': '"{name}" não é um campo registrado do security.txt; esperado um de {known}.',
  'field-typo/typo': '"{name}" não é um campo registrado; esperado "{intended}".',
  'canonical-mismatch/unlisted': 'Nenhum campo Canonical lista {url}, de onde o arquivo foi obtido (RFC 9116 §2.5.2).',
  'canonical-path/notSecurityTxt':
    '"{value}" não é um local de security.txt; esperada uma URL que termine em /.well-known/security.txt.',
  'csaf/notMetadata':
    '"{value}" não termina em /provider-metadata.json; esperada a URL dos metadados do provedor CSAF.',
  'csaf/notFirst': 'A entrada /.well-known/csaf/ de {host} não é o primeiro campo CSAF; esperado que venha primeiro.',
  'served-content-type/none': 'Nenhum Content-Type; esperado text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/type': 'Content-Type é "{contentType}"; esperado text/plain; charset=utf-8 (RFC 9116 §3).',
  'served-content-type/charset': 'Content-Type tem o charset "{charset}"; esperado utf-8 (RFC 9116 §3).',
  'served-html/html':
    '{url} responde 200 com uma página HTML ({contentType}), não um security.txt; esperado o arquivo como text/plain.',
  'served-html/htmlNoType':
    '{url} responde 200 com uma página HTML (sem Content-Type), não um security.txt; esperado o arquivo como text/plain.',
  'served-locations-differ/differs':
    '{other} serve um arquivo diferente de {url}; esperado o mesmo arquivo ou um redirecionamento para ele.',
  'served-redirect/otherHost':
    'Os redirecionamentos terminam em outro host: {last}; esperado {from} ou um subdomínio dele.',
  'served-redirect/otherPath':
    'Os redirecionamentos terminam em {last}; esperado /.well-known/security.txt ou /security.txt.',
  'served-status/status': '{url} respondeu {status}; esperado 200 com o arquivo.',
  'served-too-large/tooLarge':
    '{url} passa de {size}: não foi lido além disso nem verificado; esperado um arquivo de poucos KB.',
  'served-https/http': 'O arquivo é pedido via http:// ({url}); esperado https:// (RFC 9116 §3).',
  'served-https/redirect':
    'Um redirecionamento sai do HTTPS: {from} leva a {to}; esperado https:// do início ao fim (RFC 9116 §3).',
  'signature-after-expires/afterExpires':
    'A assinatura foi feita em {created}, depois do Expires do arquivo que ela assina ({expires}); esperado que o arquivo seja renovado antes de ser assinado.',
  'deployed-outdated/older':
    'A cópia implantada em {url} é mais antiga: expira em {there}, e este arquivo em {here}; esperado que este arquivo seja implantado.',
  'deployed-outdated/newer':
    'A cópia implantada em {url} é mais recente: expira em {there}, e este arquivo em {here}; esperado que este arquivo esteja em dia com ela.',
  'served-tls/expired':
    'O certificado TLS de {host} expirou ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-tls/not-yet-valid':
    'O certificado TLS de {host} ainda não é válido ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-tls/wrong-host':
    'O certificado TLS de {host} é de outro nome de host ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-tls/self-signed':
    'O certificado TLS de {host} é autoassinado ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-tls/untrusted':
    'O certificado TLS de {host} não foi emitido por uma autoridade confiável ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-tls/other':
    'O certificado TLS de {host} foi recusado ({code}); esperado um certificado válido para {host} emitido por uma autoridade confiável.',
  'served-unreachable/timeout': 'Nenhuma resposta de {host} em {duration}; esperado o arquivo.',
  'served-unreachable/notFound': '{host} não pode ser alcançado (host inexistente); esperado o arquivo em {url}.',
  'served-unreachable/notResolved':
    '{host} não pode ser alcançado (não foi possível resolver o nome); esperado o arquivo em {url}.',
  'served-unreachable/refused': '{host} não pode ser alcançado (conexão recusada); esperado o arquivo em {url}.',
  'served-unreachable/reset': '{host} não pode ser alcançado (conexão redefinida); esperado o arquivo em {url}.',
  'served-unreachable/hostUnreachable':
    '{host} não pode ser alcançado (host inacessível); esperado o arquivo em {url}.',
  'served-unreachable/networkUnreachable':
    '{host} não pode ser alcançado (rede inacessível); esperado o arquivo em {url}.',
  'served-unreachable/network': '{host} não pode ser alcançado ({code}); esperado o arquivo em {url}.',
  'served-unreachable/loop': 'Os redirecionamentos voltam em ciclo para {last}; esperado que terminem no arquivo.',
  'served-unreachable/tooMany':
    'Mais de {max} redirecionamentos (o último para {last}); esperado o arquivo em no máximo {max}.',
  'deployed-missing/timeout': 'Não implantado: {url} não pôde ser obtido (tempo esgotado); esperado este arquivo lá.',
  'deployed-missing/network': 'Não implantado: {url} não pôde ser obtido (erro de rede); esperado este arquivo lá.',
  'deployed-missing/redirects':
    'Não implantado: {url} não pôde ser obtido (redirecionamentos); esperado este arquivo lá.',
  'deployed-missing/tls': 'Não implantado: {url} não pôde ser obtido ({code}); esperado este arquivo lá.',
  'deployed-missing/html': 'Não implantado: {url} respondeu com uma página HTML; esperado este arquivo lá.',
  'deployed-missing/tooLarge': 'Não implantado: {url} respondeu com mais de {size}; esperado este arquivo lá.',
  'deployed-missing/status': 'Não implantado: {url} respondeu {status}; esperado este arquivo lá.',
  'deployed-contacts/both':
    'A cópia implantada em {url} tem outros contatos: {there} só lá, {here} só aqui; esperados os mesmos contatos.',
  'deployed-contacts/onlyThere':
    'A cópia implantada em {url} tem outros contatos: {there} só lá; esperados os mesmos contatos.',
  'deployed-contacts/onlyHere':
    'A cópia implantada em {url} tem outros contatos: {here} só aqui; esperados os mesmos contatos.',
  'served-legacy-location/status':
    'O arquivo está apenas no local antigo {url}: {wellKnown} respondeu {status}; esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/html':
    'O arquivo está apenas no local antigo {url}: {wellKnown} respondeu com uma página HTML; esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/tooLarge':
    'O arquivo está apenas no local antigo {url}: {wellKnown} respondeu com mais de {size}; esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/timeout':
    'O arquivo está apenas no local antigo {url}: {wellKnown} não pôde ser obtido (tempo esgotado); esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/network':
    'O arquivo está apenas no local antigo {url}: {wellKnown} não pôde ser obtido (erro de rede); esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/redirects':
    'O arquivo está apenas no local antigo {url}: {wellKnown} não pôde ser obtido (redirecionamentos); esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/tls':
    'O arquivo está apenas no local antigo {url}: {wellKnown} não pôde ser obtido ({code}); esperado o arquivo lá (RFC 9116 §3).',
  'served-legacy-location/other':
    'O arquivo está apenas no local antigo {url}: {wellKnown}: {answer}; esperado o arquivo lá (RFC 9116 §3).',
  'signature-bad/named':
    'Assinatura inválida: não corresponde ao texto assinado com a chave de {user}, impressão digital {fingerprint} (de {source}); o arquivo foi alterado depois de assinado; esperado que seja assinado de novo.',
  'signature-bad/fingerprint':
    'Assinatura inválida: não corresponde ao texto assinado com a chave de impressão digital {fingerprint} (de {source}); o arquivo foi alterado depois de assinado; esperado que seja assinado de novo.',
  'signature-bad/keyId':
    'Assinatura inválida: não corresponde ao texto assinado com a chave de ID {keyIds} (de {source}); o arquivo foi alterado depois de assinado; esperado que seja assinado de novo.',
  'signature-good/named': 'Assinatura válida de {user}, impressão digital {fingerprint} (a chave de {source}).',
  'signature-good/namedMade':
    'Assinatura válida de {user}, impressão digital {fingerprint} (a chave de {source}), feita em {made}.',
  'signature-good/fingerprint': 'Assinatura válida da impressão digital {fingerprint} (a chave de {source}).',
  'signature-good/fingerprintMade':
    'Assinatura válida da impressão digital {fingerprint} (a chave de {source}), feita em {made}.',
  'signature-good/keyId': 'Assinatura válida do ID de chave {keyIds} (a chave de {source}).',
  'signature-good/keyIdMade': 'Assinatura válida do ID de chave {keyIds} (a chave de {source}), feita em {made}.',
  'signature-key-invalid/namedRevoked':
    'A chave de assinatura, {user}, impressão digital {fingerprint} (de {source}), foi revogada; esperado o arquivo assinado com uma chave válida.',
  'signature-key-invalid/namedExpired':
    'A chave de assinatura, {user}, impressão digital {fingerprint} (de {source}), expirou em {expired}; esperado o arquivo assinado com uma chave válida.',
  'signature-key-invalid/fingerprintRevoked':
    'A chave de assinatura, impressão digital {fingerprint} (de {source}), foi revogada; esperado o arquivo assinado com uma chave válida.',
  'signature-key-invalid/fingerprintExpired':
    'A chave de assinatura, impressão digital {fingerprint} (de {source}), expirou em {expired}; esperado o arquivo assinado com uma chave válida.',
  'signature-key-not-found/notAmong':
    'A chave que fez a assinatura (ID de chave {keyIds}) não está entre as chaves de {source}; esperada a chave de assinatura lá.',
  'signature-key-not-found/unreadable':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} não contém nenhuma chave OpenPGP legível; esperada a chave de assinatura lá.',
  'signature-key-not-found/status':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} respondeu {status}; esperada a chave de assinatura lá.',
  'signature-key-not-found/html':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} respondeu com uma página HTML; esperada a chave de assinatura lá.',
  'signature-key-not-found/tooLarge':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} respondeu com mais de {size}; esperada a chave de assinatura lá.',
  'signature-key-not-found/timeout':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} não pôde ser obtido (tempo esgotado); esperada a chave de assinatura lá.',
  'signature-key-not-found/network':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} não pôde ser obtido (erro de rede); esperada a chave de assinatura lá.',
  'signature-key-not-found/redirects':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} não pôde ser obtido (redirecionamentos); esperada a chave de assinatura lá.',
  'signature-key-not-found/tls':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {source} não pôde ser obtido ({code}); esperada a chave de assinatura lá.',
  'signature-key-not-found/other':
    'A chave que fez a assinatura (ID de chave {keyIds}) não foi encontrada: {reason}; esperada a chave de assinatura lá.',
  'field-syntax/nameChar':
    'O nome de campo "{name}" contém "{char}"; esperado ASCII imprimível sem espaços nem dois-pontos (RFC 5322 field-name).',
  'field-syntax/nameControl':
    'O nome de campo "{name}" contém o caractere de controle {code}; esperado ASCII imprimível sem espaços nem dois-pontos (RFC 5322 field-name).',
  'field-syntax/valueChar':
    '"{char}" no valor de {name} não é US-ASCII imprimível; esperado texto unstructured do RFC 5322 (um comentário pode conter qualquer Unicode).',
  'field-syntax/valueControl':
    'O caractere de controle {code} no valor de {name} não é US-ASCII imprimível; esperado texto unstructured do RFC 5322 (um comentário pode conter qualquer Unicode).',
  'field-syntax/separator':
    '"{written}" não é "{name}: "; esperados os dois-pontos logo após o nome e um espaço depois deles.',
  'field-syntax/commentControl':
    'Um comentário contém o caractere de controle {code}; esperados caracteres imprimíveis, espaços e tabulações.',
  'field-syntax/commentAbove':
    'Um comentário contém {code}, acima de U+FFFFF; esperados caracteres imprimíveis, espaços e tabulações.',
  'field-syntax/folded':
    'Esta linha começa com espaço em branco, então continua o campo {name}, cujo valor não pode ser dobrado; esperado o valor de {name} em uma só linha.',
  'field-syntax/stray':
    'Esta linha começa com espaço em branco, mas não há campo antes dela para continuar; esperado o texto no início da linha.',
  'field-syntax/empty': 'O campo "{name}" não tem valor; esperado "{name}: valor".',
  'field-syntax/notNfc':
    'Esta linha não está na forma de normalização C do Unicode; esperados caracteres compostos (RFC 5198 Net-Unicode).',
  'field-syntax/notField':
    'Esta linha não é um campo, nem um comentário, nem está em branco; esperado "Nome: valor" ou "# comentário".',
  'preferred-languages/entryEmpty':
    'Em Preferred-Languages, uma entrada entre vírgulas está vazia; esperada uma tag de idioma de cada lado de cada vírgula.',
  'preferred-languages/separators':
    'Em Preferred-Languages, "{entry}" separa as tags com algo que não é uma vírgula; esperado "{tags}".',
  'preferred-languages/repeated':
    'Preferred-Languages aparece mais de uma vez; esperado um único campo com uma lista separada por vírgulas.',
  'preferred-languages/notRegistered':
    'Em Preferred-Languages, "{language}" não é uma subtag de idioma registrada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/country':
    'Em Preferred-Languages, "{language}" é o código de país de {country}, não um idioma; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/countryCorrected':
    'Em Preferred-Languages, "{language}" é o código de país de {country}, não um idioma; esperado "{corrected}".',
  'preferred-languages/underscore':
    'Em Preferred-Languages, "{tag}" separa suas subtags com "_"; esperado "{corrected}".',
  'preferred-languages/malformed':
    'Em Preferred-Languages, "{tag}" não está bem formada ({detail}); esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/notWellFormed':
    'Em Preferred-Languages, "{tag}" não é uma tag de idioma bem formada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/unregisteredExtlang':
    'Em Preferred-Languages, "{subtag}" em "{tag}" não é uma subtag de idioma estendido registrada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/unregisteredScript':
    'Em Preferred-Languages, "{subtag}" em "{tag}" não é uma subtag de escrita registrada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/unregisteredRegion':
    'Em Preferred-Languages, "{subtag}" em "{tag}" não é uma subtag de região registrada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/unregisteredVariant':
    'Em Preferred-Languages, "{subtag}" em "{tag}" não é uma subtag de variante registrada; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/variantTwice':
    'Em Preferred-Languages, a variante "{subtag}" aparece duas vezes em "{tag}"; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
  'preferred-languages/extensionTwice':
    'Em Preferred-Languages, a extensão "{subtag}" aparece duas vezes em "{tag}"; esperada uma tag de idioma RFC 5646 como "en" ou "pt-BR".',
};
