/**
 * Chinese: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts), spaced by `cjk` where Latin text meets Chinese.
 */
import type { MessageCatalog } from '../types';
import { cjk, ruleEntries, schemaSentences } from './schema-sentences';

export const zhSi: MessageCatalog = {
  'insights-bug-bounty': 'bug-bounty-available 为 true，但没有 bug-bounty-program 说明该计划在哪里，应提供其 URL。',
  'insights-v1':
    '这是 Security Insights v1 文件，版本 2 的读取方会忽略它，应使用 2.x 的结构（header.url、project、repository）。',
  'insights-future-date/future': '{field} 为 {date}，晚于今天（{today}），应为已经过去的日期。',
  'insights-no-contact/nowhere':
    'reports-accepted 为 true，但 contact 和 {policy} 都没有说明向哪里报告，应提供其中之一。',
  'insights-renamed-key/renamed':
    '“security-policy”在 Security Insights 2.2.0 中已更名为“policy”，{version} 版本的文件中应为“policy”。',
  'insights-renamed-key/notYet':
    '“policy”是 Security Insights 2.2.0 的名称，{version} 版本的文件中应为“security-policy”。',
  'insights-repository-url/other': 'repository.url 为“{declared}”，但 git 远程仓库是“{remote}”，应为同一个仓库。',
  'insights-stale/old': '{field} 为 {date}，已超过一年，应在最近 12 个月内审核过。',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML：不允许用制表符缩进。',
    nestedCompact: 'YAML：紧凑映射中不允许嵌套映射。',
    multilineKey: 'YAML：隐式键必须写在一行内。',
    keyWithoutValue: 'YAML：隐式映射键后面必须跟一个值。',
    mappingColumn: 'YAML：映射的所有条目必须从同一列开始。',
    sequenceColumn: 'YAML：序列的所有条目必须从同一列开始。',
    sequenceAsKey: 'YAML：块序列不能用作隐式键。',
    sequenceItem: 'YAML：序列条目缺少 - 标记。',
    commentSpace: 'YAML：注释必须用空白字符与其他元素隔开。',
    blockInFlow: 'YAML：流式集合中不允许块集合。',
    missingQuote: 'YAML：缺少闭合引号 {quote}。',
    reservedStart: 'YAML：普通值不能以保留字符 {char} 开头。',
    parser: 'YAML：“{problem}”（YAML 解析器的消息）。',
    duplicateKey: 'YAML：映射的键必须唯一。',
    complexKey: 'YAML：键是映射或列表，应为普通键（按文本读取）。',
    aliases: 'YAML：别名展开后超过 {max} 份副本（“billion laughs”攻击的模式），因此无法将文件读取为数据。',
    tooDeep: 'YAML：此处的值嵌套超过 {max} 层，因此不检查该文件（真实文件的嵌套少于十层）。',
    tooLarge: 'YAML：文件大小为 {size} KB，超过了 security-insights.yml 合理的 {max} KB，因此不检查。',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: '字段映射',
        list: '列表',
        text: '文本',
        longtext: '不超过 560 个字符的文本',
        boolean: 'true 或 false',
        integer: '整数',
        url: 'http:// 或 https:// URL',
        email: '电子邮件地址',
        phone: '电话号码',
        date: 'YYYY-MM-DD 格式的日期',
        datetime: "带时区的日期时间，例如 '2027-01-01T00:00:00.000Z'",
        version: '版本号，例如 2.2.0',
        hash: '由 5 到 40 个小写十六进制数字组成的提交哈希',
        pgp: '从“-----BEGIN PGP PUBLIC KEY BLOCK-----”到“-----END PGP PUBLIC KEY BLOCK-----”的 PGP 公钥',
        choice: '所列值之一',
        oneOf: '{allowed} 之一',
      },
      found: {
        none: '但没有值',
        list: '但实际是列表',
        mapping: '但实际是映射',
        empty: '但实际是空字符串',
        text: '但实际是“{found}”',
        plain: '但实际是 {found}',
        other: '但实际是其他类型的值',
      },
      value: {
        none: '没有值',
        list: '是列表',
        mapping: '是映射',
        empty: '是空字符串',
        text: '是“{found}”',
        plain: '是 {found}',
        other: '是其他类型的值',
      },
      mustBe: (kind, found) => cjk('“{field}”应为', kind, '，', found, '。'),
      enumValue: (found) => cjk('“{field}”应为 {allowed} 之一，', found, '。'),
      notDate: (found) => cjk('“{field}”应为真实存在的日期，', found, '。'),
      v1Version: (value) =>
        cjk('schema-version', value, '，与此文件的字段不符，这些字段属于 Security Insights v1，应为 {allowed}。'),
      required: (kind) => (kind ? cjk('缺少必填字段“{field}”，应为', kind, '。') : '缺少必填字段“{field}”。'),
      requiredWhen: (kind) =>
        cjk(
          '缺少字段“{field}”',
          kind ? cjk('，应为', kind) : '',
          '；当“{condition}”为 {conditionValue} 时该字段必填。',
        ),
    }),
    longText: '“{field}”最多 560 个字符，实际为 {length} 个。',
    unknownNear: '{where} 中有未知字段“{name}”，您是指“{near}”吗？',
    unknownNearTop: '顶层有未知字段“{name}”，您是指“{near}”吗？',
    unknown: '{where} 中有未知字段“{name}”，应为以下之一：{allowed}。',
    unknownTop: '顶层有未知字段“{name}”，应为以下之一：{allowed}。',
    duplicate: '“{field}”两次列出了同一条目，位于 [{first}] 和 [{second}]，请只保留一个。',
    empty: '“{field}”至少需要一个条目，但实际是空列表。',
    other: '“{field}”不符合模式：“{problem}”（Ajv 的消息）。',
    notMappingList: '文件必须是由“header”等字段组成的映射，但实际是列表。',
    notMappingValue: '文件必须是由“header”等字段组成的映射，但实际是单个值。',
    projectMissing:
      '缺少必填字段“project”，应为字段映射（自 2.1.0 起，除非“header.project-si-source”指明了描述该项目的文件）。',
    introduced:
      '“{field}”自 Security Insights {introduced} 起才有，但此文件声明的是 {declared}：请声明 {introduced} 或删除该字段。',
    expiresAfterReview:
      '“header.expiration-date”最多只能比“header.last-reviewed”（{reviewed}）晚一年，实际为“{expires}”。',
    v2Version:
      'schema-version“{version}”与此文件的字段不符，这些字段属于 Security Insights 2.x，应为 2.0.0、2.1.0 或 2.2.0。',
  }),
};
