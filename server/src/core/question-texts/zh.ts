/** Chinese: the wizard's and `init`'s questions, keyed by their English text (see ./index.ts). */
import type { QuestionTexts } from './types';

export const zh: QuestionTexts = {
  'Which language should the policy be written in?': '策略应使用哪种语言编写？',
  'Where should the policy go? GitHub shows it from any of these.': '策略应放在哪里？GitHub 会从以下任一位置显示它。',
  'How should reporters reach you privately? (pick one or more)': '报告者如何私下联系你们？（可多选）',
  'Pick at least one way to report.': '请至少选择一种报告方式。',
  'GitHub repository (owner/repo) with private vulnerability reporting enabled':
    '已启用私密漏洞报告的 GitHub 仓库（owner/repo）',
  'Email address for reports': '用于接收报告的电子邮件地址',
  'Web form for reports': '用于提交报告的网页表单',
  'OpenPGP key URL for encrypted reports (optional: leave empty for none)':
    '用于加密报告的 OpenPGP 公钥 URL（可选：留空表示没有）',
  'Acknowledge a report within…': '确认收到报告的时限…',
  'Coordinated disclosure: publish within…': '协调披露：在多长时间内发布…',
  'Supported versions: "<" or "!" marks unsupported ones; empty means the latest release only':
    '受支持的版本："<" 或 "!" 标记不受支持的版本；留空表示仅支持最新版本',
  'Supported versions: "<" or "!" marks unsupported ones (from {0}); empty means the latest release only':
    '受支持的版本："<" 或 "!" 标记不受支持的版本（来自 {0}）；留空表示仅支持最新版本',
  'Optional sections': '可选章节',
  'Contacts from the policy (the security.txt should name the same)':
    '来自策略的联系方式（security.txt 应列出相同的联系方式）',
  'Contacts from {0} (the security.txt should name the same)':
    '来自 {0} 的联系方式（security.txt 应列出相同的联系方式）',
  'Pick at least one contact.': '请至少选择一个联系方式。',
  'An email or https:// URL for reports': '用于接收报告的电子邮件地址或 https:// URL',
  '{0} names no contact: an email or https:// URL for reports':
    '{0} 没有列出联系方式：用于接收报告的电子邮件地址或 https:// URL',
  'OpenPGP key URL (Encryption; optional)': 'OpenPGP 公钥 URL（Encryption；可选）',
  'The web site that will serve the file, for Canonical (optional)': '将提供此文件的网站，用于 Canonical（可选）',
  'Policy: the URL of your security policy (optional)': 'Policy：你们安全策略的 URL（可选）',
  'Preferred languages for reports (RFC 5646 tags, comma-separated)': '报告的首选语言（RFC 5646 标签，以逗号分隔）',
  'Project name': '项目名称',
  'Repository URL (repository.url; the git remote by default)': '仓库 URL（repository.url；默认为 git 远程仓库）',
  'Who administers the project (a person or a team)': '项目管理者（个人或团队）',
  'Security contact email (optional; SECURITY.md names it by default)':
    '安全联系邮箱（可选；默认为 SECURITY.md 中列出的邮箱）',
  'Security policy URL (optional; your SECURITY.md by default)': '安全策略 URL（可选；默认为你们的 SECURITY.md）',
  'License (SPDX expression)': '许可证（SPDX 表达式）',
  'Repository status (repostatus.org)': '仓库状态（repostatus.org）',
  'repository root': '仓库根目录',
  'next to other GitHub files': '与其他 GitHub 文件放在一起',
  'with the documentation': '与文档放在一起',
  'GitHub private vulnerability reporting': 'GitHub 私密漏洞报告',
  'enable it in the repository settings': '请在仓库设置中启用',
  'Reports arrive as draft security advisories.': '报告将以安全公告草稿的形式送达。',
  Email: '电子邮件',
  'a monitored address such as security@…': '有人查看的邮箱，例如 security@…',
  'Web form': '网页表单',
  'an https:// page for reports': '用于报告的 https:// 页面',
  '1 business day': '1 个工作日',
  '{0} business days': '{0} 个工作日',
  recommended: '推荐',
  '{0} days': '{0} 天',
  'the common default': '常用默认值',
  'No fixed window': '不设固定期限',
  'agree on a date with each reporter': '与每位报告者商定日期',
  Scope: '范围',
  'what is in and out of scope': '哪些在范围内，哪些不在',
  'Safe Harbor': '安全港',
  'no legal action against good-faith research': '不对善意研究采取法律行动',
  // The answers' validation messages (core/answers.ts and each kind's answers.ts and questions.ts).
  'Enter an email address, e.g. security@your-project.org.': '请输入电子邮件地址，例如 security@your-project.org。',
  'Enter the address without "mailto:".': '请输入不带 "mailto:" 的地址。',
  '"{0}" is not an email address, expected e.g. security@your-project.org.':
    '"{0}" 不是电子邮件地址，应为类似 security@your-project.org 的地址。',
  '"{0}" cannot receive reports, expected a monitored mailbox.': '"{0}" 无法接收报告，应为有人查看的邮箱。',
  'Enter a URL starting with https://.': '请输入以 https:// 开头的 URL。',
  '"{0}" is not a URL, expected one starting with https://.': '"{0}" 不是 URL，应为以 https:// 开头的 URL。',
  '"{0}" is not https, expected a URL starting with https://.': '"{0}" 不是 https，应为以 https:// 开头的 URL。',
  '"{0}" has no domain name, expected e.g. https://your-project.org/...':
    '"{0}" 没有域名，应为类似 https://your-project.org/... 的 URL。',
  '"{0}" is not a GitHub repository, expected owner/repo.': '"{0}" 不是 GitHub 仓库，应为 owner/repo。',
  '{0} is not a number of business days from 1 to {1}.': '{0} 不是 1 到 {1} 之间的工作日数。',
  '{0} is not a disclosure window from {1} to {2} days.': '{0} 不是 {1} 到 {2} 天之间的披露期限。',
  '"{0}" is not a version, expected e.g. "3.x, < 3.0".': '"{0}" 不是版本号，应为类似 "3.x, < 3.0" 的写法。',
  'No version is supported, expected at least one, e.g. "3.x, < 3.0".':
    '没有受支持的版本，应至少有一个，例如 "3.x, < 3.0"。',
  'Enter at least one language tag, e.g. en.': '请至少输入一个语言标签，例如 en。',
  '"{0}" is not a registered language subtag, expected e.g. en, de or pt-BR.':
    '"{0}" 不是已注册的语言子标签，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" is the country code of {1}, not a language, expected e.g. en, de or pt-BR.':
    '"{0}" 是 {1} 的国家代码，不是语言，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" is the country code of {1}, not a language, expected "{2}".':
    '"{0}" 是 {1} 的国家代码，不是语言，应为 "{2}"。',
  '"{0}" separates its subtags with "_", expected "{1}".': '"{0}" 用 "_" 分隔子标签，应为 "{1}"。',
  '"{0}" is not well-formed ({1}), expected e.g. en, de or pt-BR.':
    '"{0}" 格式不正确（{1}），应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" is not a well-formed language tag, expected e.g. en, de or pt-BR.':
    '"{0}" 不是格式正确的语言标签，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" in "{1}" is not a registered extended language subtag, expected e.g. en, de or pt-BR.':
    '"{1}" 中的 "{0}" 不是已注册的扩展语言子标签，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" in "{1}" is not a registered script subtag, expected e.g. en, de or pt-BR.':
    '"{1}" 中的 "{0}" 不是已注册的书写系统子标签，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" in "{1}" is not a registered region subtag, expected e.g. en, de or pt-BR.':
    '"{1}" 中的 "{0}" 不是已注册的地区子标签，应为类似 en、de 或 pt-BR 的语言标签。',
  '"{0}" in "{1}" is not a registered variant subtag, expected e.g. en, de or pt-BR.':
    '"{1}" 中的 "{0}" 不是已注册的变体子标签，应为类似 en、de 或 pt-BR 的语言标签。',
  'The variant "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '变体 "{0}" 在 "{1}" 中出现了两次，应为类似 en、de 或 pt-BR 的语言标签。',
  'The extension "{0}" appears twice in "{1}", expected e.g. en, de or pt-BR.':
    '扩展 "{0}" 在 "{1}" 中出现了两次，应为类似 en、de 或 pt-BR 的语言标签。',
  'Enter the project name.': '请输入项目名称。',
  'Enter a name.': '请输入名称。',
  'Enter an SPDX license expression such as MIT or Apache-2.0 OR MIT.':
    '请输入 SPDX 许可证表达式，例如 MIT 或 Apache-2.0 OR MIT。',
};
