/** Chinese (simplified, with the traditional forms people write). */
import type { Words } from './types';

export const zh: Words = {
  headings: {
    reporting: ['报告', '漏洞', '反馈', '联系'],
    supportedVersions: ['支持的版本', '受支持的版本'],
    response: ['响应', '回应', '处理流程'],
    disclosure: ['披露', '公开'],
    scope: ['范围'],
    safeHarbor: ['安全港', '善意', '免责'],
  },
  reporting: ['报告', '漏洞'],
  policy: ['漏洞', '安全问题'],
  vulnerability: ['漏洞', '安全问题'],
  response: ['响应', '回复', '答复', '确认'],
  disclosure: ['披露', '公开'],
  negation: ['不要', '请勿', '勿', '不得', '切勿', '禁止'],
  trackerNouns: ['问题', '议题'],
  trackerBefore: ['提交', '创建', '打开', '开启'],
  trackerAfter: [],
  githubPrivate: ['私密漏洞报告', '私有漏洞报告', '非公开漏洞报告'],
  supportedVersions: ['支持的版本', '仅最新', '仅支持最新', '只支持最新'],
  scope: ['范围内', '范围外', '不在范围'],
  safeHarbor: ['安全港', '善意'],
  noLegalAction: ['不追究'],
  resourceHeadings: ['资源', '参考'],
  publicKey: ['公钥'],
  keyServer: ['密钥服务器'],
  template: ['使用此部分告诉', '使用此部分来告诉', '使用此部分说明', '你的项目的哪些版本', '告诉他们去哪里'],
};
