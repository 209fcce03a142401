/** Chinese (simplified), addressing the reader as "您". */
import type { PolicyTexts } from './types';

export const zh: PolicyTexts = {
  title: '安全策略',
  headings: {
    supported: '受支持的版本',
    reporting: '报告漏洞',
    response: '响应时间',
    disclosure: '披露政策',
    scope: '范围',
    safeHarbor: '安全港',
  },
  versionColumn: '版本',
  supportedColumn: '是否支持',
  latestOnly: '仅最新版本会获得安全修复；报告前请先升级到最新版本。',
  noPublicIssues: '请勿通过公开的 issue、讨论区或 pull request 报告安全漏洞。',
  reportPrivately: '请改为通过以下私密渠道报告：',
  viaGithub: (url) => `通过 GitHub 的私密漏洞报告功能：在本仓库的 **Security** 标签页中[提交漏洞报告](${url})。`,
  viaEmail: (email) => `发送电子邮件至 [${email}](mailto:${email})。`,
  viaEncryptedEmail: (email, key) =>
    `发送电子邮件至 [${email}](mailto:${email})，并使用我们的 OpenPGP 公钥加密：<${key}>。`,
  viaForm: (url) => `填写我们的[漏洞报告表单](${url})。`,
  privateReporting:
    '如需私下报告漏洞，请使用 GitHub 的私密漏洞报告功能：打开本仓库的 **Security** 标签页，点击 **Report a vulnerability**。',
  keyOnly: (key) => `如需加密您发送的内容，请使用我们的 OpenPGP 公钥：<${key}>。`,
  include: '请在报告中附上漏洞描述、复现步骤、受影响的版本以及漏洞可能造成的影响。',
  acknowledge: (days) => `我们会在 ${days} 个工作日内确认收到您的报告，并在修复发布之前持续向您通报进展。`,
  disclosure: (days) =>
    days === null
      ? '我们会与您商定披露日期，并在修复就绪后发布安全公告。'
      : `我们遵循协调披露原则：在收到您的报告后 ${days} 天内发布修复和安全公告，具体日期将与您商定。除非您另有要求，我们会在公告中向您致谢。`,
  inScope: '范围内：本仓库中的代码，以及从本仓库发布的版本。',
  outOfScope:
    '范围外：第三方依赖中的漏洞（请向其维护者报告）、利用大流量发起的拒绝服务攻击、社会工程学攻击，以及未能证明实际影响的自动化扫描结果。',
  safeHarbor:
    '我们将依据本策略善意开展的安全研究视为已获授权的行为。只要您避免侵犯隐私、破坏数据和中断服务，并在公开披露之前给予我们合理的修复时间，我们将不追究您的法律责任，也不会支持任何针对您的法律行动。',
  lastUpdated: (date) => `最后更新：${date}`,
};
