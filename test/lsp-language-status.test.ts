/**
 * The status the server sends after each check says a SECURITY.md's language and whether the checks read it
 * (issue 25): the editor's language status shows it, so a maintainer of a Vietnamese policy knows why no finding
 * is about its wording.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { tempFolder, withClient } from './lsp-client';

const POLICIES: Array<[string, string, { code: string; read: boolean } | undefined]> = [
  [
    'de',
    '# Sicherheitsrichtlinie\n\nWenn Sie eine Sicherheitslücke in diesem Projekt finden, schreiben Sie bitte an security@acme.org. Wir antworten innerhalb von zwei Werktagen und halten Sie über den Fortschritt auf dem Laufenden, bis die Lücke geschlossen ist und wir sie veröffentlichen.\n',
    { code: 'de', read: true },
  ],
  [
    'vi',
    '# Chính sách bảo mật\n\nNếu bạn phát hiện một lỗ hổng bảo mật trong dự án này, vui lòng gửi email cho chúng tôi tại security@acme.org. Chúng tôi sẽ phản hồi trong vòng hai ngày làm việc và thông báo cho bạn về tiến độ xử lý của chúng tôi.\n',
    { code: 'vi', read: false },
  ],
];

test('the status after a check names the policy language and whether it is read', async () => {
  const root = tempFolder();
  await withClient({ pull: false, rootPath: root }, async (client) => {
    for (const [name, text, expected] of POLICIES) {
      const uri = pathToFileURL(join(root, name, 'SECURITY.md')).toString();
      client.open(uri, text);
      const status = (await client.waitFor(
        () => client.statuses.find((s) => s.uri === uri),
        `the status of ${name}`,
      )) as unknown as { language?: { code: string; read: boolean } };
      assert.deepEqual(status.language, expected, name);
    }
  });
});
