/** Chinese: each rule's message, once (see ./index.ts). */
import type { MessageCatalog } from './types';

export const zh: MessageCatalog = {
  'no-response-timeframe': '没有响应时限，应写明承诺，例如“我们会在 3 个工作日内确认收到报告”。',
  'no-disclosure-timeline': '没有披露时间表，应写明协调披露的期限，例如 90 天。',
  'no-supported-versions': '没有受支持的版本，应说明哪些版本会获得安全修复。',
  'no-safe-harbor': '没有安全港条款，应声明不会对善意的安全研究追究法律责任。',
  'no-scope': '没有范围，应说明哪些在范围内、哪些不在。',
  'no-issuance-date': '没有发布日期，应有一行类似“最后更新：YYYY-MM-DD”。',
  'no-title': '没有标题，应有一级标题，例如“# 安全策略”。',
  'email-without-encryption':
    '电子邮件是唯一的渠道，应提供加密的替代方式（OpenPGP 公钥、HTTPS 表单或 GitHub 私密漏洞报告）。',
  'no-private-channel': '只提供了公开渠道，应提供私密渠道（电子邮件、网页表单或 GitHub 私密漏洞报告）。',
  'not-a-policy': '此文件从未提到如何报告漏洞，应为一份安全策略。',
  'public-issue-reporting': '报告者被要求通过公开的 issue 报告漏洞，应提供私密渠道并写明“请勿创建公开 issue”。',
  'unverifiable-key': '只说公钥在密钥服务器上，应提供指纹或可供验证的 URL。',
  'response-timeframe-long/long': '首次响应承诺在 {days} 天内，应不超过 {limit} 天。',
  'stale-date/old': '“{date}”已超过 {months} 个月，应为最近一年内的日期。',
  'empty-section/empty': '“{heading}”一节为空，应在下一个标题之前写入内容。',
  'security-md-missing/none':
    '根目录、.github/ 或 docs/ 中没有 SECURITY.md，应有一份告诉报告者如何私下联系你们的策略。在 GitHub 上，组织的默认策略可能适用：用 --org-defaults PATH 指定其 .github 仓库的本地副本（或在 .security-policy.json 中设置 "orgDefaults"）。',
  'security-md-missing/elsewhere':
    'GitHub 显示 SECURITY.md 的位置（根目录、.github/ 或 docs/）没有该文件：{file} 不会被显示，应将其移到那里。在 GitHub 上，组织的默认策略可能适用：用 --org-defaults PATH 指定其 .github 仓库的本地副本（或在 .security-policy.json 中设置 "orgDefaults"）。',
  'policy-location/elsewhere': 'GitHub 不会显示“{path}”，应将 SECURITY.md 放在根目录、.github/ 或 docs/ 中。',
  'policy-location/inherited':
    'GitHub 不会显示“{path}”，而是显示组织的默认策略（{inherited}），应将 SECURITY.md 放在根目录、.github/ 或 docs/ 中。',
  'policy-duplicate/duplicate': '{others} 处还有另一份策略，GitHub 显示的是“{shown}”，应只有一个 SECURITY.md。',
  'scorecard-shadowed/shadowed':
    'OpenSSF Scorecard 可能会评估 {files} 而不是本策略，不应有其他名为 security.md 的文件。',
  'supported-versions-table/cells': '此行有 {cells} 个单元格，应与表头一样有 {columns} 个。',
  'supported-versions-table/shortcode':
    '短代码“{shortcode}”在 GitHub 上无法显示，应使用 ✅ 之类的表情符号或 :white_check_mark: 之类的短代码。',
  'supported-versions-table/ended': '支持期限“{support}”已经结束，应为当前有效的日期。',
  'supported-versions-table/conflict':
    '版本 {version} 被标为受支持，但“{other}”将其标为不受支持，每个版本应只有一种状态。',
  'supported-versions-table/none': '没有任何版本被标为受支持，应至少有一行带 ✅。',
  'template-unedited/instructions': '这里仍保留着 GitHub 模板的说明，应替换为项目自己的内容。',
  'template-unedited/sampleTable':
    '这里仍保留着 GitHub 的示例版本表（5.1.x、5.0.x、4.0.x、< 4.0），应替换为项目自己的版本。',
  'mojibake/misdecoded': '文本“{found}”解码错误，应为“{replacement}”（UTF-8 被当作 Windows-1252/1254 读取）。',
  'merge-conflict-marker/marker': '合并冲突标记“{marker}”，应先解决冲突。',
  'not-utf8/binary': '文件包含 NUL 字节，看起来是二进制文件，应为 UTF-8 文本。',
  'not-utf8/invalid': '此处 UTF-8 无效（显示为 U+FFFD），应为 UTF-8 文本。',
  'no-contact/noChannel': '没有报告漏洞的途径，应提供电子邮件地址、报告 URL 或 GitHub 私密漏洞报告。',
  'no-contact/noContactField': '没有 Contact 字段，应至少有一个“Contact:”，其值为 mailto:、tel: 或 https:// URI。',
  'insecure-link/insecure': '“{url}”未加密，应使用 https://。',
  'undeliverable-contact/noreply': '“{address}”是无法接收报告的 noreply 地址，应为有人查看的邮箱。',
  'undeliverable-contact/invalid': '“{address}”不是有效的电子邮件地址，应为 name@domain.tld。',
  'undeliverable-contact/invalidMailto': '“{address}”不是有效的电子邮件地址，应为 mailto:name@domain.tld。',
  'undeliverable-contact/cloudflare': '复制的是 Cloudflare 混淆后的“[email protected]”，而不是地址本身，应为真实地址。',
  'undeliverable-contact/mailtoInvalid': 'mailto 链接“{url}”中没有有效的地址，应为 mailto:name@domain.tld。',
  'undeliverable-contact/noMailto': '指向“{url}”的链接缺少“mailto:”，应为 mailto:{url}。',
  'broken-link/empty': '链接为空，应为 URL、文件或 #标题。',
  'broken-link/anchor': '没有标题会生成锚点“{anchor}”，应为文档中的某个标题。',
  'broken-link/host': '“{url}”中的主机“{host}”格式错误，应为域名，例如“{domain}”。',
  'broken-link/file': '文件“{path}”不存在，应为相对于本策略的路径。',
  'broken-link/notInRepository': '“{path}”不在此仓库中，应为已有文件的路径。',
  'placeholder/unfilled': '未填写的占位符“{value}”，应为实际的值。',
  'placeholder/exampleDomain': '“{address}”使用了保留的示例域名，应为真实地址。',
  'placeholder/reservedLink': '链接指向保留域名“{host}”，应为真实地址。',
  'placeholder/sample': '“{value}”是 Security Insights 模板中的示例值，应为本项目自己的值。',
  'placeholder/reservedDomain': '“{value}”使用了保留域名“{domain}”，应为真实地址。',
  'check-limits':
    '此段落中的方括号、反引号或引用标记比一份策略应有的多，因此按纯文本读取（其中的链接和代码不会被识别）。',
  'insights-missing': '仓库中没有 security-insights.yml，应在根目录或 .github/ 中提供一份，作为 OSPS Baseline 的证据。',
  'contact-mismatch/txt': 'security.txt 写的是 {contacts}，而 SECURITY.md 写的是 {policy}，两者的联系方式应相同。',
  'contact-mismatch/txtInherited':
    'security.txt 写的是 {contacts}，而 SECURITY.md（继承自 {inherited}） 写的是 {policy}，两者的联系方式应相同。',
  'contact-mismatch/siPolicy': 'security-insights.yml 写的是“{mine}”，而 SECURITY.md 写的是 {emails}，联系方式应相同。',
  'contact-mismatch/siInherited':
    'security-insights.yml 写的是“{mine}”，而 SECURITY.md（继承自 {inherited}） 写的是 {emails}，联系方式应相同。',
  'contact-mismatch/siSecurityTxt':
    'security-insights.yml 写的是“{mine}”，而 security.txt 写的是 {emails}，联系方式应相同。',
  'disable-unknown-rule/suggestion': '禁用注释中的规则“{id}”不存在；您是否想写“{suggestion}”？',
  'disable-unknown-rule/unknown': '禁用注释中的规则“{id}”不存在：它不会关闭任何检查。',
  'disable-unused/none': '未使用的禁用注释：它没有屏蔽任何问题。',
  'disable-unused/one': '未使用的禁用注释：此处没有需要屏蔽的“{id}”问题。',
  'disable-unused/many': '未使用的禁用注释：此处没有需要屏蔽的 {ids} 问题。',
};
