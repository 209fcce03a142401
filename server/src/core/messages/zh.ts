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
};
