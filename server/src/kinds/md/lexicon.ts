/**
 * The words policies use, in English, German, Spanish, French, Portuguese, Italian, Russian, Chinese, Japanese
 * and Korean. Every pattern is a flat alternation of literals (checked for catastrophic backtracking by
 * test/redos.test.ts).
 */

export type SectionKind = 'reporting' | 'supportedVersions' | 'response' | 'disclosure' | 'scope' | 'safeHarbor';

export const SECTION_HEADINGS: Record<SectionKind, RegExp> = {
  reporting:
    /report|vulnerab|contact|security (?:issue|bug|problem)|how to disclose|melden|meldung|sicherheitslücke|schwachstelle|kontakt|reportar|informar|notificar|vulnerabilidad|contacto|signaler|signalement|vulnérabilit|relatar|vulnerabilidade|contato|segnala|vulnerabilit|contatt|сообщ|уязвим|контакт|报告|漏洞|反馈|联系|報告|脆弱性|連絡|보고|신고|취약점|연락/iu,
  supportedVersions:
    /supported (?:versions?|releases?)|versions? (?:supported|support)|version support|support(?:ed)? policy|unterstützte versionen|versiones (?:soportadas|compatibles|admitidas|con soporte)|versions (?:prises en charge|supportées)|versões (?:suportadas|compatíveis)|versioni supportate|поддерживаемые версии|支持的版本|受支持的版本|サポート(?:されている|対象の?|対象)バージョン|対応バージョン|지원(?:되는)? 버전/iu,
  response:
    /response|respond|timeline|time ?frame|what to expect|\bsla\b|reaktionszeit|antwortzeit|zeitplan|ablauf|tiempo de respuesta|respuesta|plazos?|délais?|réponse|tempo de resposta|prazos?|resposta|tempi di risposta|risposta|сроки|время ответа|ответ|响应|回应|处理流程|対応|応答|응답|대응|처리 절차/iu,
  disclosure:
    /disclos|embargo|offenlegung|veröffentlichung|divulgaci|divulgation|publication|divulga|раскрыт|披露|公开|開示|公開|공개/iu,
  scope:
    /scope|geltungsbereich|umfang|alcance|périmètre|portée|escopo|âmbito|ambito|област|рамки|范围|範囲|対象|범위/iu,
  safeHarbor:
    /safe[ -]?harbou?r|good[ -]faith|legal|authori[sz]ation|rechtliche|guten glauben|puerto seguro|buena fe|bonne foi|sphère de sécurité|porto seguro|boa[ -]fé|buona fede|porto sicuro|добросовестн|безопасная гавань|правов|安全港|善意|免责|セーフハーバー|法的|세이프 ?하버|선의|면책/iu,
};

/** Words that make a section or a sentence about reporting vulnerabilities. */
export const REPORTING_WORDS =
  /report|vulnerab|disclos|security (?:issue|bug|problem|contact|team|polic|process)|contact|melden|meldung|sicherheitslücke|schwachstelle|reportar|vulnerabilidad|notificar|signaler|vulnérabilit|relatar|segnala|сообщ|уязвим|报告|漏洞|報告|脆弱性|보고|신고|취약점/iu;

/** Words that say a document is about handling vulnerabilities at all (not-a-policy). */
export const POLICY_WORDS =
  /vulnerab|security (?:issue|bug|problem|flaw|report)|report(?:ing)? (?:a |an )?(?:security|vulnerab)|disclos|sicherheitslücke|schwachstelle|sicherheitsanfälligkeit|sicherheitsproblem|verwundbarkeit|vulnerabilidad|fallo de seguridad|problema de seguridad|vulnérabilit|faille de sécurité|problème de sécurité|vulnerabilidade|falha de segurança|problema de segurança|vulnerabilit|problema di sicurezza|уязвим|проблем\S{0,2} безопасности|漏洞|安全问题|脆弱性|セキュリティ(?:上の)?問題|취약점|보안 문제/iu;

export const RESPONSE_WORDS =
  /acknowledg|respond|response|reply|replies|confirm|triage|get back|hear (?:back|from)|first contact|initial (?:assessment|response)|receipt|contact you|inform you|review (?:your|the|each) report|\baction\b|take action|examin|informer|informieren|informaremos|informeremo|bestätig|antwort|rückmeldung|reagier|respuesta|responder|acuse|réponse|répond|accusé|resposta|retorno|risposta|rispond|conferma|ответ|подтверд|отклик|响应|回复|答复|确认|返信|回答|応答|確認|連絡|응답|회신|확인|답변/iu;

export const DISCLOSURE_WORDS =
  /disclos|publish|public|embargo|offenleg|veröffentlich|divulg|publica|publier|публик|раскры|披露|公开|公開|開示|공개/iu;

/** A negation in the same sentence turns "open an issue" into "do not open an issue". */
export const NEGATION =
  /\b(?:not|don't|do not|never|instead of|rather than|avoid|refrain|nicht|keine?n?|niemals|no|nunca|jamás|ne pas|n'|pas|jamais|não|nem|non|mai)\b|(?<![\p{L}])(?:не|никогда)(?![\p{L}])|不要|请勿|勿|不得|切勿|しないで|しないでください|ないでください|禁止|하지 ?마|마십시오|금지/iu;

/** Public trackers by name; an action word before ("open an issue") or after ("Issue eröffnen") makes an instruction. */
export const TRACKER_NOUNS =
  /\b(?:issues?|pull requests?|discussions?|bug reports?|tickets?)\b|incidencia|problema|задач|问题|议题|イシュー|이슈/giu;
export const TRACKER_ACTION_BEFORE =
  /\b(?:open(?:ing)?|fil(?:e|ing)|creat(?:e|ing)|submit(?:ting)?|rais(?:e|ing)|post(?:ing)?|report(?:ing)?|us(?:e|ing)|start)\b|(?<!\p{L})(?:abr[ae]|abriendo|abrindo|añadir|añade|agrega|agregar|cri[ae]|criando|crea|ouvrez|ouvrant|apra|откройте|создайте)|提交|创建|打开|开启/iu;

/** After the tracker: a verb, a place particle with a report verb ("Issue から連絡", "탭을 이용하여"), "can be used". */
export const TRACKER_ACTION_AFTER =
  /eröffnen|erstellen|anlegen|abrir|crear|ouvrir|créer|aprire|creare|открыть|создать|を作成|を開|を立て|報告|連絡|생성|등록|열|이용|통해|(?:pode|puede|podem|pueden) ser (?:utilizad|usad)|can be used|may be used/iu;

export const VULNERABILITY_WORDS =
  /vulnerab|security (?:issue|bug|problem|flaw|hole)|exploit|sicherheitslücke|schwachstelle|sicherheitsproblem|sicherheitsanfälligkeit|verwundbarkeit|vulnerabilidad|fallo de seguridad|problema de seguridad|vulnérabilit|faille|problème de sécurité|vulnerabilidade|falha de segurança|problema de segurança|vulnerabilit|problema di sicurezza|уязвим|проблем\S{0,2} безопасности|漏洞|安全问题|脆弱性|セキュリティ(?:上の)?問題|취약점|보안 문제/iu;

/** GitHub private vulnerability reporting, by phrase. */
export const GITHUB_PRIVATE_PHRASE =
  /private vulnerability report|privately report|report (?:it |them |a vulnerability |vulnerabilities )?privately (?:via|through|using|on|with) github|github(?:'s)? (?:private|security advisor)|security advisor(?:y|ies) (?:form|page|tab)|security tab|draft (?:a )?(?:new )?security advisory|"report a vulnerability"|\*\*report a vulnerability\*\*|security ?(?:→|->|>|›|») ?report a vulnerability|privates? security advisor|(?:open|create|submit|file|eröffnen|erstellen) (?:a |an |ein |eine )?(?:new |neue[sn]? )?(?:private[sn]? )?(?:github )?security advisor|private schwachstellenmeldung|private meldung von sicherheitslücken|reporte privado de vulnerabilidades|informe privado de vulnerabilidades|signalement privé de vulnérabilités|relatório privado de vulnerabilidades|relato privado de vulnerabilidade|segnalazione privata delle vulnerabilità|приватн\S{0,4} сообщени\S{0,3} об уязвимост|私密漏洞报告|私有漏洞报告|非公开漏洞报告|プライベート脆弱性報告|非公開の脆弱性報告|비공개 취약점 보고/iu;

/** GitHub's private reporting pages: /security/advisories/new, /security/advisories, /security. */
export const GITHUB_PRIVATE_URL =
  /^https?:\/\/github\.com\/[^/\s?#]{1,100}\/[^/\s?#]{1,100}\/security(?:\/advisories(?:\/new)?|\/policy)?\/?(?:[?#]\S{0,200})?$/i;

export const BUG_BOUNTY_HOST =
  /(?:^|\.)(?:hackerone\.com|bugcrowd\.com|intigriti\.com|yeswehack\.com|huntr\.com|huntr\.dev|immunefi\.com|hackenproof\.com|openbugbounty\.org|federacy\.com|zerocopter\.com|cobalt\.io|synack\.com|bugbounty\.jp|issuehunt\.io)$/i;

/** Forge pages that are public by nature: issues, discussions, pull requests. */
export const PUBLIC_TRACKER_URL =
  /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^?#\s]{0,200}\/(?:-\/)?(?:issues|discussions|pulls|pull-requests|merge_requests)(?:[/?#]|$)/i;

/** A bare forge profile (github.com/user). */
/** A forge or social handle named in prose ("GitHub: @alice"): a public profile, not an email or a package scope. */
export const HANDLE = /(?<![\w.+-])@[a-z0-9][a-z0-9-]{0,38}(?![\w/@-]|\.[a-z])/iu;

/** An address written to keep robots off ("alice[@]acme.org", "alice (at) acme [dot] org"): a reader can still write. */
export const OBFUSCATED_EMAIL =
  /(?<![\w.+-])[\w.+-]{1,64} ?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}) ?[a-z0-9-]{1,63}(?:(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\)| dot )[a-z0-9-]{1,63}){1,4}(?![\w-])/iu;

export const FORGE_PROFILE_URL = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com)\/[^/?#\s]{1,100}\/?$/i;

export const CHAT_URL =
  /^https?:\/\/(?:www\.)?(?:discord\.gg|discord\.com\/invite|[\w-]{1,60}\.slack\.com|join\.slack\.com|gitter\.im|matrix\.to|t\.me|telegram\.me|twitter\.com|x\.com|mastodon\.social|zulipchat\.com)(?:[/?#]|$)/i;

/** A URL path or host that looks like a security contact page (delegation, forms, PSIRT pages). */
export const SECURITY_PAGE_URL =
  /security|vulnerab|disclos|bug-?bounty|responsible|psirt|\bcert\b|report|advisor|\.well-known|sicherheit|seguridad|securite|sécurité|seguranca|segurança|sicurezza|безопасност/i;

/** Words near a key that say where to get it. */
export const PGP_WORDS =
  /\b(?:pgp|gpg|gnupg|openpgp)\b|public key|encryption key|öffentlicher schlüssel|clave pública|clé publique|chave pública|chiave pubblica|открыт\S{0,3} ключ|公钥|公開鍵|공개 키/iu;
export const KEY_SERVER_WORDS =
  /key ?servers?|keyserver|schlüsselserver|servidores? de claves|serveurs? de clés|servidores? de chaves|server di chiavi|сервер\S{0,3} ключей|密钥服务器|鍵サーバー|키 서버|available (?:up)?on request|auf anfrage/iu;
/** A key fingerprint (40 hex digits, spaced by 4), a long key id, or the word; lower-case so it can run over folded text. */
export const PGP_FINGERPRINT = /\b(?:[0-9a-f]{4} ?){9}[0-9a-f]{4}\b|\b(?:0x)?[0-9a-f]{16}\b|fingerprint/i;
export const PGP_INLINE_KEY = /-----BEGIN PGP PUBLIC KEY BLOCK-----/;
export const KEY_URL =
  /\.(?:asc|gpg|pub|pgp|key)(?:[?#]|$)|keys\.openpgp\.org|keybase\.io|pgp\.mit\.edu|keyserver\.ubuntu\.com|\/pgp|\/gpg|pgp-key|gpg-key|\/keys?\b/i;

export const SCOPE_WORDS =
  /\b(?:in|out[- ]of|within|outside(?: of)?) (?:the )?scope\b|\bscope\b|geltungsbereich|außerhalb des (?:geltungsbereichs|umfangs)|alcance|fuera del alcance|périmètre|hors (?:du )?(?:périmètre|champ)|escopo|fora do escopo|âmbito|fuori (?:dall')?ambito|область (?:действия|применения)|вне области|范围内|范围外|不在范围|対象範囲|対象外|범위 (?:내|외)|적용 범위/iu;

export const SAFE_HARBOR_WORDS =
  /safe[ -]?harbou?r|good[ -]faith|(?:will not|won't|do not|not) (?:pursue|initiate|take|bring|file)[^.\n]{0,30}(?:legal|lawsuit|action|claims?)|authori[sz]ed (?:research|testing|activit)|guten glauben|keine rechtlichen schritte|puerto seguro|buena fe|no emprenderemos acciones legales|bonne foi|aucune (?:action|poursuite) (?:en justice|judiciaire)|porto seguro|boa[ -]fé|buona fede|porto sicuro|добросовестн|безопасная гавань|не будем преследовать|安全港|善意|不追究|セーフハーバー|善意の|법적 조치를 취하지|세이프 ?하버|선의/iu;

export const SUPPORTED_VERSIONS_WORDS =
  /supported versions?|versions? (?:are |is )?supported|(?:only|just) (?:the )?(?:latest|current|newest|most recent) (?:release|version|major|minor)s? (?:is |are |will be |receives? |gets? )?(?:supported|security|patch|fix)|security (?:fixes|updates|patches) (?:are|will be) (?:provided|released|backported|made) (?:only )?(?:for|to)|unterstützte versionen|nur die (?:aktuelle|neueste)|versiones (?:soportadas|compatibles)|solo la (?:última|versión más reciente)|versions (?:prises en charge|supportées)|seule la (?:dernière|version la plus récente)|versões (?:suportadas|compatíveis)|apenas a (?:última|versão mais recente)|versioni supportate|solo l'ultima|поддерживаемые версии|только последн|支持的版本|仅(?:支持)?最新|只支持最新|サポート(?:されている|対象の?)バージョン|最新(?:版|バージョン)のみ|지원(?:되는)? 버전|최신 버전만/iu;

/** Heading words for sections whose links are further reading, not channels. */
export const RESOURCE_HEADINGS =
  /resources|further reading|references|links|tools|documentation|learn more|weitere|recursos|ressources|referências|risorse|ресурсы|资源|参考|リソース|参考資料|참고|리소스/iu;
