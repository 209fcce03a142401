/** Chinese: the security.txt rules' messages, once each (see ../index.ts); field names stay as RFC 9116 writes them. */
import type { MessageCatalog } from '../types';
import { zhTxtEnvelope } from './envelope/zh';
import { zhTxtExpires } from './expires/zh';
import { zhTxtUri } from './uri/zh';

export const zhTxt: MessageCatalog = {
  ...zhTxtEnvelope,
  ...zhTxtExpires,
  ...zhTxtUri,
  bom: '文件以字节顺序标记（BOM）开头，应为不带 BOM 的 UTF-8。',
  'contact-without-encryption': '电子邮件联系方式没有 Encryption 字段，应有“Encryption:”并附上密钥的 URL。',
  'encryption-inline-key': 'Encryption 中包含密钥内容，应为可获取密钥的 URI。',
  'expires-multiple': 'Expires 出现了不止一次，应只有一个 Expires 字段。',
  'field-obsolete': 'Signature 在 RFC 9116 之前已被删除，应改用内嵌的 OpenPGP 签名。',
  'missing-final-newline': '最后一行没有换行符，文件应以换行符结尾。',
  'not-signed': '文件没有签名，应有 OpenPGP 明文签名（RECOMMENDED）。',
  'policy-missing': '没有 Policy 字段，应有“Policy:”并附上安全策略的 URL。',
  'signed-without-canonical': '已签名但没有 Canonical，应有“Canonical:”并附上本文件的 URL。',
  'bug-bounty/repeated': 'Bug-Bounty 出现了不止一次，应只有一个。',
  'bug-bounty/notBoolean': '“{value}”既不是 True 也不是 False，应严格写为“True”或“False”。',
  'chained-values/chained': '一个 {field} 字段中有 {count} 个值，应每个值各写一行 {field}。',
  'expired/expired': '文件已于 {date} 过期，应为将来的日期。',
  'expires-missing/missing': '没有 Expires 字段，应有一个，例如“Expires: {value}”。',
  'expires-soon/day': '文件将在 {days} 天后过期，应在此之前续期。',
  'expires-soon/days': '文件将在 {days} 天后过期，应在此之前续期。',
  'expires-too-far/tooFar': '{date} 距今超过一年，应为一年以内的日期。',
  'file-location/notWellKnown': '“{path}”不在 .well-known/ 下，应为 .well-known/security.txt。',
  'size-limits/bytes': '文件大小为 {bytes} 字节，应不超过 {max} 字节。',
  'size-limits/lines': '文件有 {lines} 行，应不超过 {max} 行。',
  'size-limits/field': '此字段长 {length} 个字符，应不超过 {max} 个。',
  'field-unknown/unknown': '“{name}”不是已注册的 security.txt 字段，应为以下之一：{known}。',
  'field-typo/typo': '“{name}”不是已注册的字段，应为“{intended}”。',
  'canonical-mismatch/unlisted': '没有任何 Canonical 字段列出获取该文件的地址 {url}（RFC 9116 §2.5.2）。',
  'canonical-path/notSecurityTxt': '“{value}”不是 security.txt 的位置，应为以 /.well-known/security.txt 结尾的 URL。',
  'csaf/notMetadata': '“{value}”不以 /provider-metadata.json 结尾，应为 CSAF 提供方元数据的 URL。',
  'csaf/notFirst': '{host} 的 /.well-known/csaf/ 条目不是第一个 CSAF 字段，应放在最前面。',
  'served-content-type/none': '没有 Content-Type，应为 text/plain; charset=utf-8（RFC 9116 §3）。',
  'served-content-type/type': 'Content-Type 为“{contentType}”，应为 text/plain; charset=utf-8（RFC 9116 §3）。',
  'served-content-type/charset': 'Content-Type 的字符集为“{charset}”，应为 utf-8（RFC 9116 §3）。',
  'served-html/html':
    '{url} 返回 200 和一个 HTML 页面（{contentType}），而不是 security.txt，应以 text/plain 提供该文件。',
  'served-html/htmlNoType':
    '{url} 返回 200 和一个 HTML 页面（没有 Content-Type），而不是 security.txt，应以 text/plain 提供该文件。',
  'served-locations-differ/differs': '{other} 提供的文件与 {url} 不同，应提供相同的文件或重定向到它。',
  'served-redirect/otherHost': '重定向最终指向另一个主机：{last}，应为 {from} 或其子域名。',
  'served-redirect/otherPath': '重定向最终指向 {last}，应为 /.well-known/security.txt 或 /security.txt。',
  'served-status/status': '{url} 返回了 {status}，应返回 200 和该文件。',
  'served-too-large/tooLarge': '{url} 超过 {size}：未继续读取，也未检查，应为只有几 KB 的文件。',
  'served-https/http': '文件通过 http:// 请求（{url}），应使用 https://（RFC 9116 §3）。',
  'served-https/redirect': '某个重定向离开了 HTTPS：{from} 指向 {to}，应全程使用 https://（RFC 9116 §3）。',
  'signature-after-expires/afterExpires':
    '签名时间为 {created}，晚于所签文件的 Expires（{expires}），应先续期文件再签名。',
  'deployed-outdated/older': '部署在 {url} 的副本较旧：它于 {there} 过期，本文件于 {here} 过期，应部署本文件。',
  'deployed-outdated/newer':
    '部署在 {url} 的副本较新：它于 {there} 过期，本文件于 {here} 过期，应将本文件更新到与之一致。',
  'served-tls/expired': '{host} 的 TLS 证书已过期（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-tls/not-yet-valid': '{host} 的 TLS 证书尚未生效（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-tls/wrong-host': '{host} 的 TLS 证书属于另一个主机名（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-tls/self-signed': '{host} 的 TLS 证书是自签名的（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-tls/untrusted':
    '{host} 的 TLS 证书不是由受信任的机构签发的（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-tls/other': '{host} 的 TLS 证书被拒绝（{code}），应为受信任机构为 {host} 签发的有效证书。',
  'served-unreachable/timeout': '{host} 在 {duration} 内没有响应，应返回该文件。',
  'served-unreachable/notFound': '无法连接 {host}（没有这个主机），应能在 {url} 获取该文件。',
  'served-unreachable/notResolved': '无法连接 {host}（无法解析该名称），应能在 {url} 获取该文件。',
  'served-unreachable/refused': '无法连接 {host}（连接被拒绝），应能在 {url} 获取该文件。',
  'served-unreachable/reset': '无法连接 {host}（连接被重置），应能在 {url} 获取该文件。',
  'served-unreachable/hostUnreachable': '无法连接 {host}（主机不可达），应能在 {url} 获取该文件。',
  'served-unreachable/networkUnreachable': '无法连接 {host}（网络不可达），应能在 {url} 获取该文件。',
  'served-unreachable/network': '无法连接 {host}（{code}），应能在 {url} 获取该文件。',
  'served-unreachable/loop': '重定向循环回到 {last}，应最终指向该文件。',
  'served-unreachable/tooMany': '重定向超过 {max} 次（最后一次指向 {last}），应在 {max} 次以内到达该文件。',
  'deployed-missing/timeout': '未部署：{url} 无法获取（超时），应在那里部署本文件。',
  'deployed-missing/network': '未部署：{url} 无法获取（网络错误），应在那里部署本文件。',
  'deployed-missing/redirects': '未部署：{url} 无法获取（重定向），应在那里部署本文件。',
  'deployed-missing/tls': '未部署：{url} 无法获取（{code}），应在那里部署本文件。',
  'deployed-missing/html': '未部署：{url} 返回了一个 HTML 页面，应在那里部署本文件。',
  'deployed-missing/tooLarge': '未部署：{url} 返回的内容超过 {size}，应在那里部署本文件。',
  'deployed-missing/status': '未部署：{url} 返回了 {status}，应在那里部署本文件。',
  'deployed-contacts/both': '部署在 {url} 的副本联系方式不同：{there} 只在那里，{here} 只在这里，应为相同的联系方式。',
  'deployed-contacts/onlyThere': '部署在 {url} 的副本联系方式不同：{there} 只在那里，应为相同的联系方式。',
  'deployed-contacts/onlyHere': '部署在 {url} 的副本联系方式不同：{here} 只在这里，应为相同的联系方式。',
  'served-legacy-location/status':
    '文件只在旧位置 {url}：{wellKnown} 返回了 {status}，应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/html':
    '文件只在旧位置 {url}：{wellKnown} 返回了一个 HTML 页面，应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/tooLarge':
    '文件只在旧位置 {url}：{wellKnown} 返回的内容超过 {size}，应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/timeout':
    '文件只在旧位置 {url}：{wellKnown} 无法获取（超时），应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/network':
    '文件只在旧位置 {url}：{wellKnown} 无法获取（网络错误），应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/redirects':
    '文件只在旧位置 {url}：{wellKnown} 无法获取（重定向），应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/tls':
    '文件只在旧位置 {url}：{wellKnown} 无法获取（{code}），应在那里提供该文件（RFC 9116 §3）。',
  'served-legacy-location/other': '文件只在旧位置 {url}：{wellKnown}：{answer}，应在那里提供该文件（RFC 9116 §3）。',
  'signature-bad/named':
    '签名无效：用{user} 的密钥（指纹 {fingerprint}，来自 {source}）验证时与签名文本不符；文件在签名后被修改过，应重新签名。',
  'signature-bad/fingerprint':
    '签名无效：用指纹为 {fingerprint} 的密钥（来自 {source}）验证时与签名文本不符；文件在签名后被修改过，应重新签名。',
  'signature-bad/keyId':
    '签名无效：用密钥 ID 为 {keyIds} 的密钥（来自 {source}）验证时与签名文本不符；文件在签名后被修改过，应重新签名。',
  'signature-good/named': '签名有效，签名者 {user}，指纹 {fingerprint}（密钥来自 {source}）。',
  'signature-good/namedMade': '签名有效，签名者 {user}，指纹 {fingerprint}（密钥来自 {source}），签于 {made}。',
  'signature-good/fingerprint': '签名有效，指纹 {fingerprint}（密钥来自 {source}）。',
  'signature-good/fingerprintMade': '签名有效，指纹 {fingerprint}（密钥来自 {source}），签于 {made}。',
  'signature-good/keyId': '签名有效，密钥 ID {keyIds}（密钥来自 {source}）。',
  'signature-good/keyIdMade': '签名有效，密钥 ID {keyIds}（密钥来自 {source}），签于 {made}。',
  'signature-key-invalid/namedRevoked':
    '签名密钥（{user}，指纹 {fingerprint}，来自 {source}）已被吊销，应使用有效的密钥签名文件。',
  'signature-key-invalid/namedExpired':
    '签名密钥（{user}，指纹 {fingerprint}，来自 {source}）已于 {expired} 过期，应使用有效的密钥签名文件。',
  'signature-key-invalid/fingerprintRevoked':
    '签名密钥（指纹 {fingerprint}，来自 {source}）已被吊销，应使用有效的密钥签名文件。',
  'signature-key-invalid/fingerprintExpired':
    '签名密钥（指纹 {fingerprint}，来自 {source}）已于 {expired} 过期，应使用有效的密钥签名文件。',
  'signature-key-not-found/notAmong':
    '生成签名的密钥（密钥 ID {keyIds}）不在来自 {source} 的密钥中，应在那里提供签名密钥。',
  'signature-key-not-found/unreadable':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 不包含可读取的 OpenPGP 密钥，应在那里提供签名密钥。',
  'signature-key-not-found/status':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 返回了 {status}，应在那里提供签名密钥。',
  'signature-key-not-found/html':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 返回了一个 HTML 页面，应在那里提供签名密钥。',
  'signature-key-not-found/tooLarge':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 返回的内容超过 {size}，应在那里提供签名密钥。',
  'signature-key-not-found/timeout':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 无法获取（超时），应在那里提供签名密钥。',
  'signature-key-not-found/network':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 无法获取（网络错误），应在那里提供签名密钥。',
  'signature-key-not-found/redirects':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 无法获取（重定向），应在那里提供签名密钥。',
  'signature-key-not-found/tls':
    '未找到生成签名的密钥（密钥 ID {keyIds}）：{source} 无法获取（{code}），应在那里提供签名密钥。',
  'signature-key-not-found/other': '未找到生成签名的密钥（密钥 ID {keyIds}）：{reason}，应在那里提供签名密钥。',
  'field-syntax/nameChar': '字段名“{name}”包含“{char}”，应为不含空格和冒号的可打印 ASCII 字符（RFC 5322 field-name）。',
  'field-syntax/nameControl':
    '字段名“{name}”包含控制字符 {code}，应为不含空格和冒号的可打印 ASCII 字符（RFC 5322 field-name）。',
  'field-syntax/valueChar':
    '{name} 的值中的“{char}”不是可打印的 US-ASCII 字符，应为 RFC 5322 unstructured 文本（注释可以包含任意 Unicode）。',
  'field-syntax/valueControl':
    '{name} 的值中的控制字符 {code} 不是可打印的 US-ASCII 字符，应为 RFC 5322 unstructured 文本（注释可以包含任意 Unicode）。',
  'field-syntax/separator': '“{written}”不是“{name}: ”，冒号应紧跟在名称之后，冒号后应有一个空格。',
  'field-syntax/commentControl': '注释中包含控制字符 {code}，应只包含可打印字符、空格和制表符。',
  'field-syntax/commentAbove': '注释中包含超出 U+FFFFF 的 {code}，应只包含可打印字符、空格和制表符。',
  'field-syntax/folded': '此行以空白开头，因此会接续 {name} 字段，而该字段的值不能折行，{name} 的值应写在一行内。',
  'field-syntax/stray': '此行以空白开头，但前面没有可接续的字段，文本应从行首开始。',
  'field-syntax/empty': '字段“{name}”没有值，应为“{name}: 值”。',
  'field-syntax/notNfc': '此行不是 Unicode 规范化形式 C，应使用组合字符（RFC 5198 Net-Unicode）。',
  'field-syntax/notField': '此行既不是字段，也不是注释或空行，应为“名称: 值”或“# 注释”。',
  'preferred-languages/entryEmpty': 'Preferred-Languages 中逗号之间有一个空条目，每个逗号两侧都应有语言标签。',
  'preferred-languages/separators': 'Preferred-Languages 中“{entry}”用逗号以外的符号分隔标签，应为“{tags}”。',
  'preferred-languages/repeated': 'Preferred-Languages 出现了多次，应只有一个字段，值为逗号分隔的列表。',
  'preferred-languages/notRegistered':
    'Preferred-Languages 中“{language}”不是已注册的语言子标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/country':
    'Preferred-Languages 中“{language}”是 {country} 的国家代码，不是语言，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/countryCorrected':
    'Preferred-Languages 中“{language}”是 {country} 的国家代码，不是语言，应为“{corrected}”。',
  'preferred-languages/underscore': 'Preferred-Languages 中“{tag}”用“_”分隔子标签，应为“{corrected}”。',
  'preferred-languages/malformed':
    'Preferred-Languages 中“{tag}”格式不正确（{detail}），应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/notWellFormed':
    'Preferred-Languages 中“{tag}”不是格式正确的语言标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/unregisteredExtlang':
    'Preferred-Languages 中“{tag}”中的“{subtag}”不是已注册的扩展语言子标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/unregisteredScript':
    'Preferred-Languages 中“{tag}”中的“{subtag}”不是已注册的书写系统子标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/unregisteredRegion':
    'Preferred-Languages 中“{tag}”中的“{subtag}”不是已注册的地区子标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/unregisteredVariant':
    'Preferred-Languages 中“{tag}”中的“{subtag}”不是已注册的变体子标签，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/variantTwice':
    'Preferred-Languages 中变体“{subtag}”在“{tag}”中出现了两次，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
  'preferred-languages/extensionTwice':
    'Preferred-Languages 中扩展“{subtag}”在“{tag}”中出现了两次，应为 RFC 5646 语言标签，例如“en”或“pt-BR”。',
};
