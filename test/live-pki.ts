/**
 * A certificate authority and certificates made with Debian's `openssl` in a folder of the caller's: valid (for
 * `*.acme.test`, `elsewhere.test` and 127.0.0.1), expired, for another host, self-signed; and a name resolution
 * that sends every host name to 127.0.0.1. Free of node:test, so that the benchmark (scripts/bench-live.ts) uses
 * them too; the tests take them through ./live-server.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type * as net from 'node:net';
import { join } from 'node:path';

export interface Pki {
  ca: string;
  valid: { key: string; cert: string };
  expired: { key: string; cert: string };
  wrongHost: { key: string; cert: string };
  selfSigned: { key: string; cert: string };
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** Every test name resolves to 127.0.0.1. */
export const lookup: net.LookupFunction = (_host, options, callback) => {
  if ((options as { all?: boolean }).all)
    (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};

/** A certificate authority and leaf certificates, made in `dir`. */
export function makePkiIn(dir: string): Pki {
  const at = (f: string): string => join(dir, f);
  const openssl = (...args: string[]): void => void execFileSync('openssl', args, { stdio: 'pipe', cwd: dir });
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-subj',
    '/CN=Live Test CA',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign',
  );
  writeFileSync(at('index.txt'), '');
  writeFileSync(at('serial'), '1000\n');
  writeFileSync(
    at('ca.cnf'),
    `[ca]\ndefault_ca=d\n[d]\ndir=${dir}\ndatabase=${dir}/index.txt\nnew_certs_dir=${dir}\nserial=${dir}/serial\ndefault_md=sha256\npolicy=p\ncopy_extensions=copy\nunique_subject=no\n[p]\ncommonName=supplied\n`,
  );
  const leaf = (name: string, san: string, dates: string[]): { key: string; cert: string } => {
    openssl(
      'req',
      '-new',
      ...EC,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=${san}`,
    );
    openssl(
      'ca',
      '-batch',
      '-notext',
      '-config',
      'ca.cnf',
      '-cert',
      'ca.crt',
      '-keyfile',
      'ca.key',
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.crt`,
      ...dates,
    );
    return { key: readFileSync(at(`${name}.key`), 'utf8'), cert: readFileSync(at(`${name}.crt`), 'utf8') };
  };
  const valid = leaf('valid', 'DNS:*.acme.test,DNS:elsewhere.test,IP:127.0.0.1', ['-days', '2']);
  const expired = leaf('expired', 'DNS:*.acme.test', ['-startdate', '20200101000000Z', '-enddate', '20200201000000Z']);
  const wrongHost = leaf('wrong', 'DNS:wrong.test', ['-days', '2']);
  openssl(
    'req',
    '-x509',
    ...EC,
    '-keyout',
    'self.key',
    '-out',
    'self.crt',
    '-subj',
    '/CN=self.acme.test',
    '-days',
    '2',
    '-addext',
    'subjectAltName=DNS:*.acme.test',
  );
  const selfSigned = { key: readFileSync(at('self.key'), 'utf8'), cert: readFileSync(at('self.crt'), 'utf8') };
  return { ca: readFileSync(at('ca.crt'), 'utf8'), valid, expired, wrongHost, selfSigned };
}
