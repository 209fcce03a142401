/**
 * Japanese: the security-insights.yml rules' messages, once each (see ../index.ts); field names and values stay as
 * the file writes them. insights-schema's sentences of a kind and what was found are composed from the words below
 * (./schema-sentences.ts), spaced by `cjk` where Latin text meets Japanese.
 */
import type { MessageCatalog } from '../types';
import { cjk, ruleEntries, schemaSentences } from './schema-sentences';

export const jaSi: MessageCatalog = {
  'insights-bug-bounty':
    'bug-bounty-available が true ですが、プログラムの場所を示す bug-bounty-program がありません。その URL が必要です。',
  'insights-v1':
    'これは Security Insights v1 のファイルで、バージョン 2 の読み手には無視されます。2.x の構成（header.url、project、repository）が必要です。',
  'insights-future-date/future': '{field} は {date} で、今日（{today}）より後です。過去の日付が必要です。',
  'insights-no-contact/nowhere':
    'reports-accepted が true ですが、contact も {policy} も報告先を示していません。どちらかが必要です。',
  'insights-renamed-key/renamed':
    '「security-policy」は Security Insights 2.2.0 で「policy」に改名されました。{version} のファイルでは「policy」が必要です。',
  'insights-renamed-key/notYet':
    '「policy」は Security Insights 2.2.0 での名前です。{version} のファイルでは「security-policy」が必要です。',
  'insights-repository-url/other':
    'repository.url は「{declared}」ですが、git のリモートは「{remote}」です。同じリポジトリが必要です。',
  'insights-stale/old': '{field} は {date} で、1 年以上前です。直近 12 か月以内のレビューが必要です。',
  ...ruleEntries('insights-syntax', {
    tabIndent: 'YAML：インデントにタブは使えません。',
    nestedCompact: 'YAML：コンパクトなマッピングの中に入れ子のマッピングは書けません。',
    multilineKey: 'YAML：暗黙のキーは 1 行に収める必要があります。',
    keyWithoutValue: 'YAML：マッピングの暗黙のキーの後には値が必要です。',
    mappingColumn: 'YAML：マッピングの項目はすべて同じ列から始める必要があります。',
    sequenceColumn: 'YAML：シーケンスの項目はすべて同じ列から始める必要があります。',
    sequenceAsKey: 'YAML：ブロックシーケンスは暗黙のキーとして使えません。',
    sequenceItem: 'YAML：- 記号のないシーケンスの項目です。',
    commentSpace: 'YAML：コメントは空白で他の要素と区切る必要があります。',
    blockInFlow: 'YAML：フローコレクションの中にブロックコレクションは書けません。',
    missingQuote: 'YAML：閉じ引用符 {quote} がありません。',
    reservedStart: 'YAML：プレーンな値は予約文字 {char} で始められません。',
    parser: 'YAML：「{problem}」（YAML パーサーのメッセージ）。',
    duplicateKey: 'YAML：マッピングのキーは一意である必要があります。',
    complexKey:
      'YAML：マッピングまたはリストになっているキーです。プレーンなキー（テキストとして読まれます）が必要です。',
    aliases:
      'YAML：エイリアスが {max} 個を超えるコピーに展開されます（「billion laughs」攻撃のパターン）。そのため、ファイルをデータとして読めません。',
    tooDeep:
      'YAML：ここで値の入れ子が {max} 段を超えているため、ファイルはチェックされません（実際のファイルは 10 段未満です）。',
    tooLarge:
      'YAML：ファイルは {size} KB で、security-insights.yml として妥当な {max} KB を超えているため、チェックされません。',
  }),
  ...ruleEntries('insights-schema', {
    ...schemaSentences({
      kinds: {
        mapping: 'フィールドのマッピング',
        list: 'リスト',
        text: 'テキスト',
        longtext: '560 文字以下のテキスト',
        boolean: 'true または false',
        integer: '整数',
        url: 'http:// または https:// の URL',
        email: 'メールアドレス',
        phone: '電話番号',
        date: 'YYYY-MM-DD 形式の日付',
        datetime: "'2027-01-01T00:00:00.000Z' のようなタイムゾーン付きの日時",
        version: '2.2.0 のようなバージョン',
        hash: '小文字の 16 進数 5〜40 桁のコミットハッシュ',
        pgp: '「-----BEGIN PGP PUBLIC KEY BLOCK-----」から「-----END PGP PUBLIC KEY BLOCK-----」までの PGP 公開鍵',
        choice: '一覧の値のいずれか',
        oneOf: '{allowed} のいずれか',
      },
      found: {
        none: '値がありません',
        list: 'リストになっています',
        mapping: 'マッピングになっています',
        empty: '空の文字列になっています',
        text: '「{found}」になっています',
        plain: '{found} になっています',
        other: '別の型の値になっています',
      },
      value: {
        none: '値がなく',
        list: 'リストで',
        mapping: 'マッピングで',
        empty: '空の文字列で',
        text: '「{found}」で',
        plain: '{found} で',
        other: '別の型の値で',
      },
      mustBe: (kind, found) => cjk('「{field}」には', kind, 'が必要ですが、', found, '。'),
      enumValue: (found) => cjk('「{field}」には {allowed} のいずれかが必要ですが、', found, '。'),
      notDate: (found) => cjk('「{field}」には実在する日付が必要ですが、', found, '。'),
      v1Version: (value) =>
        cjk(
          'schema-version は',
          value,
          '、このファイルのフィールド（Security Insights v1 のもの）と合いません。{allowed} が必要です。',
        ),
      required: (kind) => cjk('必須フィールド「{field}」がありません。', kind ? cjk(kind, 'が必要です。') : ''),
      requiredWhen: (kind) =>
        cjk(
          'フィールド「{field}」がありません。',
          kind ? cjk(kind, 'が必要です。') : '',
          '「{condition}」が {conditionValue} のときは必須です。',
        ),
    }),
    longText: '「{field}」は 560 文字以下である必要がありますが、{length} 文字あります。',
    unknownNear: '{where} に未知のフィールド「{name}」があります。「{near}」のことですか？',
    unknownNearTop: '最上位に未知のフィールド「{name}」があります。「{near}」のことですか？',
    unknown: '{where} に未知のフィールド「{name}」があります。次のいずれかが必要です：{allowed}。',
    unknownTop: '最上位に未知のフィールド「{name}」があります。次のいずれかが必要です：{allowed}。',
    duplicate: '「{field}」に同じ項目が [{first}] と [{second}] の 2 回あります。1 つにしてください。',
    empty: '「{field}」には少なくとも 1 つの項目が必要ですが、空のリストです。',
    other: '「{field}」がスキーマに合いません：「{problem}」（Ajv のメッセージ）。',
    notMappingList: 'ファイルは「header」などのフィールドのマッピングである必要がありますが、リストになっています。',
    notMappingValue: 'ファイルは「header」などのフィールドのマッピングである必要がありますが、単一の値になっています。',
    projectMissing:
      '必須フィールド「project」がありません。フィールドのマッピングが必要です（2.1.0 以降。ただし「header.project-si-source」がプロジェクトを記述するファイルを示している場合を除きます）。',
    introduced:
      '「{field}」は Security Insights {introduced} からのフィールドですが、このファイルは {declared} を宣言しています。{introduced} を宣言するか、このフィールドを削除してください。',
    expiresAfterReview:
      '「header.expiration-date」は「header.last-reviewed」（{reviewed}）から 1 年以内である必要がありますが、「{expires}」です。',
    v2Version:
      'schema-version「{version}」はこのファイルのフィールド（Security Insights 2.x のもの）と合いません。2.0.0、2.1.0、2.2.0 のいずれかが必要です。',
  }),
};
