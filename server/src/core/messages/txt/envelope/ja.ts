/** Japanese: signature-envelope's sentences (./shape.ts), spread into ../ja.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const jaTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '「{header}」は Hash ヘッダーではありません。「-----BEGIN PGP SIGNED MESSAGE-----」の後には「Hash: 」ヘッダーだけが必要です。',
      hashSpelling: '「{header}」は「Hash: 」ではありません。ヘッダーをこのとおりに書く必要があります。',
      unknownHash: '「{name}」は OpenPGP のハッシュアルゴリズムではありません。{algorithms} のいずれかが必要です。',
      noHash: '「Hash:」アーマーヘッダーがありません。「Hash: SHA512」のようなヘッダーが必要です。',
      noEmptyAfterArmor: '署名のアーマーヘッダーの後に空行がありません。base64 データの前に空行が必要です。',
      notArmorHeader: '「{line}」はアーマーヘッダーではありません。「Key: value」が必要です。',
      notBase64: '「{char}」は base64 ではありません。A–Z、a–z、0–9、「+」、「/」と「=」のパディングだけが必要です。',
      base64Length:
        '署名データが完全な base64 ではありません（長さか「=」のパディングが誤っています）。gpg が書いたとおりのデータが必要です。',
      checksumLine: '「{line}」は CRC-24 チェックサムの行ではありません。「=」と base64 の 4 文字が必要です。',
      checksum: 'CRC-24 チェックサムが署名データと一致しません。署名後に変更されていないデータが必要です。',
      signatureType: '署名の種類が 0x{type} です。クリアテキスト署名には 0x01（正規テキスト）が必要です。',
      hashNotNamed: '署名は {hash} を使っていますが、どの「Hash:」ヘッダーにもありません。「Hash: {hash}」が必要です。',
      hashUnknownNotNamed:
        '署名はアルゴリズム {id} を使っていますが、どの「Hash:」ヘッダーにもありません。「Hash: algorithm {id}」が必要です。',
      noEndHere: 'ここに「-----END PGP SIGNATURE-----」がありません。署名ブロックはこの行で終わる必要があります。',
      noEndAfter:
        'この行の後に「-----END PGP SIGNATURE-----」がありません。署名ブロックはこの行で終わる必要があります。',
      noData: '署名ブロックにデータがありません。base64 の署名が必要です。',
      secondBlock: '2 つ目の署名ブロックがあります。署名ブロックはちょうど 1 つだけ必要です。',
      textAfter: '署名の後のテキストは署名されていません。署名の後には何もないことが必要です。',
      headerNotFirst: 'OpenPGP ヘッダーが 1 行目にありません。その前には何もないことが必要です。',
      noBlankLine: 'アーマーヘッダー（Hash:）の後に空行がありません。署名されたテキストの前に空行が必要です。',
      notDashEscaped: '「-」で始まる署名対象の行がダッシュエスケープされていません。前に「- 」が必要です。',
      noBeginSignature: '「-----BEGIN PGP SIGNATURE-----」がありません。署名されたテキストの後に署名が必要です。',
      notFirstLine: '「{header}」は 1 行目に必要です。署名されたメッセージでファイルを始める必要があります。',
    },
    packets: {
      notHeader: 'バイト {byte} はパケットヘッダーではありません（ビット 7 が 0 です）',
      partialLength: '署名パケットに部分的なボディ長があります。これはデータパケットにしか使えません',
      headerCut: 'パケットヘッダーが途中で切れています',
      lengthPast: 'パケットは {length} バイトと宣言していますが、後に続くのは {left} バイトです',
      areaHashed: 'ハッシュされるサブパケット領域がパケットより長いです',
      areaUnhashed: 'ハッシュされないサブパケット領域がパケットより長いです',
      subpacketHashed: 'ハッシュされるサブパケットが領域を越えています',
      subpacketUnhashed: 'ハッシュされないサブパケットが領域を越えています',
      noSignature: '署名パケットが署名の前で終わっています',
      sizeFixed: '署名が {size} バイトです。{expected} バイトが必要です',
      mpiCut: '署名の MPI が途中で切れています',
      afterMpis: '署名の MPI の後に {count} バイトが続いています。何も続かないことが必要です',
      v3Hash5: 'バージョン 3 の署名は 5 バイトをハッシュする必要があります',
      v3Cut: 'バージョン 3 の署名が途中で切れています',
      version: '署名バージョン {version} は 3、4、6 のいずれでもありません',
      versionNone: '署名にバージョンがありません。3、4、6 のいずれかが必要です',
      noHashPrefix: '署名パケットがハッシュプレフィックスの前で終わっています',
      saltCut: '署名のソルトが途中で切れています',
      empty: '署名ブロックにデータがありません',
      notSignature: 'パケット {index} のタグが {tag} です。署名パケット（タグ 2）が必要です',
    },
    doesNotParse: (reason) => `署名を解析できません：${reason}。`,
  }),
);
