/** Korean: signature-envelope's sentences (./shape.ts), spread into ../ko.ts. */
import type { MessageCatalog } from '../../types';
import { ruleKeys } from '../expires/shape';
import { envelopeMessages } from './shape';

export const koTxtEnvelope: MessageCatalog = ruleKeys(
  'signature-envelope',
  envelopeMessages({
    sentences: {
      notHashHeader:
        '"{header}"은(는) Hash 헤더가 아닙니다. "-----BEGIN PGP SIGNED MESSAGE-----" 뒤에는 "Hash: " 헤더만 있어야 합니다.',
      hashSpelling: '"{header}"은(는) "Hash: "가 아닙니다. 헤더를 정확히 이대로 써야 합니다.',
      unknownHash: '"{name}"은(는) OpenPGP 해시 알고리즘이 아닙니다. {algorithms} 중 하나여야 합니다.',
      noHash: '"Hash:" 아머 헤더가 없습니다. "Hash: SHA512" 같은 헤더가 있어야 합니다.',
      noEmptyAfterArmor: '서명의 아머 헤더 뒤에 빈 줄이 없습니다. base64 데이터 앞에 빈 줄이 있어야 합니다.',
      notArmorHeader: '"{line}"은(는) 아머 헤더가 아닙니다. "Key: value"여야 합니다.',
      notBase64: '"{char}"은(는) base64가 아닙니다. A–Z, a–z, 0–9, "+", "/"와 "=" 패딩만 있어야 합니다.',
      base64Length: '서명 데이터가 온전한 base64가 아닙니다(길이나 "=" 패딩이 잘못됨). gpg가 쓴 그대로여야 합니다.',
      checksumLine: '"{line}"은(는) CRC-24 체크섬 줄이 아닙니다. "="와 base64 문자 4개여야 합니다.',
      checksum: 'CRC-24 체크섬이 서명 데이터와 일치하지 않습니다. 서명 후 데이터가 바뀌지 않아야 합니다.',
      signatureType: '서명 유형이 0x{type}입니다. 평문 서명은 0x01(정규 텍스트)이어야 합니다.',
      hashNotNamed: '서명이 {hash}을(를) 쓰지만 이를 명시한 "Hash:" 헤더가 없습니다. "Hash: {hash}"가 있어야 합니다.',
      hashUnknownNotNamed:
        '서명이 알고리즘 {id}을(를) 쓰지만 이를 명시한 "Hash:" 헤더가 없습니다. "Hash: algorithm {id}"가 있어야 합니다.',
      noEndHere: '여기에 "-----END PGP SIGNATURE-----"가 없습니다. 서명 블록은 이 줄로 끝나야 합니다.',
      noEndAfter: '이 줄 뒤에 "-----END PGP SIGNATURE-----"가 없습니다. 서명 블록은 이 줄로 끝나야 합니다.',
      noData: '서명 블록에 데이터가 없습니다. base64 서명이 있어야 합니다.',
      secondBlock: '두 번째 서명 블록이 있습니다. 서명 블록은 정확히 하나여야 합니다.',
      textAfter: '서명 뒤의 텍스트는 서명되지 않았습니다. 서명 뒤에는 아무것도 없어야 합니다.',
      headerNotFirst: 'OpenPGP 헤더가 1행에 있지 않습니다. 그 앞에는 아무것도 없어야 합니다.',
      noBlankLine: '아머 헤더(Hash:) 뒤에 빈 줄이 없습니다. 서명된 텍스트 앞에 빈 줄이 있어야 합니다.',
      notDashEscaped: '"-"로 시작하는 서명된 줄이 대시 이스케이프되지 않았습니다. 앞에 "- "가 있어야 합니다.',
      noBeginSignature: '"-----BEGIN PGP SIGNATURE-----"가 없습니다. 서명된 텍스트 뒤에 서명이 있어야 합니다.',
      notFirstLine: '"{header}"은(는) 첫 줄에 있어야 합니다. 파일은 서명된 메시지로 시작해야 합니다.',
    },
    packets: {
      notHeader: '바이트 {byte}은(는) 패킷 헤더가 아닙니다(비트 7이 0임)',
      partialLength: '서명 패킷에 부분 본문 길이가 있습니다. 이는 데이터 패킷에만 허용됩니다',
      headerCut: '패킷 헤더가 잘렸습니다',
      lengthPast: '패킷이 {length}바이트라고 선언하지만 뒤따르는 것은 {left}바이트입니다',
      areaHashed: '해시되는 하위 패킷 영역이 패킷보다 깁니다',
      areaUnhashed: '해시되지 않는 하위 패킷 영역이 패킷보다 깁니다',
      subpacketHashed: '해시되는 하위 패킷이 영역을 넘어갑니다',
      subpacketUnhashed: '해시되지 않는 하위 패킷이 영역을 넘어갑니다',
      noSignature: '서명 패킷이 서명 전에 끝납니다',
      sizeFixed: '서명이 {size}바이트입니다. {expected}바이트여야 합니다',
      mpiCut: '서명의 MPI가 잘렸습니다',
      afterMpis: '서명의 MPI 뒤에 {count}바이트가 있습니다. 아무것도 없어야 합니다',
      v3Hash5: '버전 3 서명은 5바이트를 해시해야 합니다',
      v3Cut: '버전 3 서명이 잘렸습니다',
      version: '서명 버전 {version}은(는) 3, 4, 6 중 하나가 아닙니다',
      versionNone: '서명에 버전이 없습니다. 3, 4, 6 중 하나여야 합니다',
      noHashPrefix: '서명 패킷이 해시 접두사 전에 끝납니다',
      saltCut: '서명의 솔트가 잘렸습니다',
      empty: '서명 블록에 데이터가 없습니다',
      notSignature: '패킷 {index}의 태그가 {tag}입니다. 서명 패킷(태그 2)이어야 합니다',
    },
    doesNotParse: (reason) => `서명을 해석할 수 없습니다: ${reason}.`,
  }),
);
