/**
 * The layers import downward only: core ← kinds (each kind alone) ← the kinds list and shared rules ← index (the
 * public entry) ← host (node/) ← cli and lsp; the client takes pure engine modules through client-api.ts, and the
 * protocol. Core and kinds
 * stay free of Node, VS Code and LSP so a browser build can share them. A kind never imports another kind, and the
 * core imports no kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** Each import of a file: a project path (without extension) or a package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+'([^']+)'|import\('([^']+)'\)|require\('([^']+)'\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
  return specifiers.map((s) =>
    s.startsWith('.')
      ? relative(root, resolve(dirname(join(root, file)), s))
          .split('\\')
          .join('/')
      : s,
  );
}

/** The layer of a project path. */
function layerOf(path: string): string {
  if (path.startsWith('server/src/core/')) return 'core';
  if (path === 'server/src/kinds' || /^server\/src\/kinds\/[^/]+$/.test(path)) return 'kinds-list';
  if (path === 'server/src/client-api') return 'client-api';
  const kind = /^server\/src\/kinds\/([^/]+)\//.exec(path);
  if (kind) return `kind:${kind[1]}`;
  if (path === 'server/src/rules' || path.startsWith('server/src/rules/')) return 'rules';
  if (path === 'server/src/index' || path === 'server/src') return 'index';
  if (path === 'server/src/protocol') return 'protocol';
  if (path.startsWith('server/src/node/')) return 'host';
  if (path.startsWith('server/src/lsp/')) return 'lsp';
  if (path.startsWith('server/src/cli')) return 'cli';
  if (path === 'client/src/browser') return 'web-entry';
  if (path.startsWith('client/src/')) return 'client';
  return 'other';
}

const pure = (p: string): boolean => !p.startsWith('node:') && !/^vscode/.test(p);
const KINDS = ['kind:md', 'kind:txt', 'kind:si'];
const ENGINE = ['core', ...KINDS, 'kinds-list', 'rules'];

/** What each layer may import; a kind may import the core and itself only (added in allowedFor). */
const ALLOWED: Record<string, { layers: string[]; packages: (name: string) => boolean }> = {
  core: { layers: ['core'], packages: pure },
  kind: { layers: ['core'], packages: pure },
  'kinds-list': { layers: ['core', ...KINDS, 'kinds-list'], packages: pure },
  'client-api': { layers: ['core', ...KINDS, 'kinds-list'], packages: pure },
  rules: { layers: ['core', ...KINDS, 'rules'], packages: pure },
  index: { layers: ENGINE, packages: pure },
  protocol: { layers: [], packages: (p) => p === 'vscode-languageserver-protocol' },
  host: { layers: ['core', 'index', 'host'], packages: (p) => !/^vscode/.test(p) },
  lsp: { layers: ['core', ...KINDS, 'index', 'host', 'lsp', 'protocol'], packages: (p) => p !== 'vscode' },
  cli: { layers: ['core', ...KINDS, 'index', 'host', 'cli'], packages: (p) => !/^vscode/.test(p) },
  client: {
    layers: ['client-api', 'client', 'protocol'],
    packages: (p) => !p.startsWith('vscode-languageserver') || p === 'vscode-languageserver-protocol',
  },
  // The web extension's entry starts the server in its own worker, so it alone may import the server.
  'web-entry': {
    layers: ['client-api', 'client', 'protocol', 'lsp'],
    packages: (p) => !p.startsWith('vscode-languageserver'),
  },
};

function allowedFor(layer: string): { layers: string[]; packages: (name: string) => boolean } | undefined {
  if (!layer.startsWith('kind:')) return ALLOWED[layer];
  return { layers: [...ALLOWED.kind.layers, layer], packages: ALLOWED.kind.packages };
}

test('every source file imports only from its own layer or the layers below', () => {
  const files = [...sources(join(root, 'server', 'src')), ...sources(join(root, 'client', 'src'))];
  assert.ok(files.length > 60, `${files.length} files`);
  const violations: string[] = [];
  for (const file of files) {
    const layer = layerOf(file.replace(/\.ts$/, ''));
    const allowed = allowedFor(layer);
    assert.ok(allowed, `${file} belongs to no layer`);
    for (const target of importsOf(file)) {
      const ok =
        target.startsWith('server/') || target.startsWith('client/')
          ? allowed.layers.includes(layerOf(target))
          : allowed.packages(target);
      if (!ok) violations.push(`${file} (${layer}) imports ${target}`);
    }
  }
  assert.deepEqual(violations, []);
});

/** Every project module reached from `start` by imports (paths without extension). */
function reachedFrom(start: string): Set<string> {
  const reached = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const target of importsOf(`${file}.ts`)) {
      if (/\.(json|js)$/.test(target) || !(target.startsWith('server/') || target.startsWith('client/'))) continue;
      pending.push(
        readdirSync(join(root, dirname(target))).includes(`${target.split('/').pop()}.ts`) ? target : `${target}/index`,
      );
    }
  }
  return reached;
}

test('the client takes the engine through client-api.ts alone, which reaches no rule, parser or kind descriptor', () => {
  const engineImports = sources(join(root, 'client', 'src'))
    .filter((f) => f !== 'client/src/browser.ts')
    .flatMap(importsOf)
    .filter((t) => t.startsWith('server/') && t !== 'server/src/protocol');
  assert.ok(engineImports.length > 0);
  for (const target of engineImports) assert.equal(target, 'server/src/client-api');
  const reached = [...reachedFrom('server/src/client-api')];
  assert.ok(reached.length > 10, reached.join(' '));
  for (const module of reached)
    assert.ok(
      !/kinds\/md\/(?:markdown|policy)$|core\/runner$|rules|kinds\/[^/]+\/kind$|kinds\/index$/.test(module),
      module,
    );
});

test('the web extension reaches no Node.js module: neither node:*, the Node host layer, nor the Node builds of LSP', () => {
  const reached = new Set<string>();
  const pending = ['client/src/browser'];
  const forbidden: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const target of importsOf(`${file}.ts`)) {
      if (/\.(json|js)$/.test(target)) continue;
      if (target.startsWith('server/') || target.startsWith('client/')) {
        const module = readdirSync(join(root, dirname(target))).includes(`${target.split('/').pop()}.ts`)
          ? target
          : `${target}/index`;
        if (layerOf(module) === 'host') forbidden.push(`${file} imports ${module}`);
        pending.push(module);
      } else if (target.startsWith('node:') || target.endsWith('/node')) forbidden.push(`${file} imports ${target}`);
    }
  }
  assert.ok(
    reached.has('server/src/lsp/server') && reached.has('server/src/index'),
    'the server and the engine are in the web build',
  );
  assert.deepEqual(forbidden, []);
});

test("the client's list of kinds (kinds/files.ts) is the descriptors' files, in the same order", async () => {
  const { BUILT_IN_FILES } = await import('../server/src/kinds/files');
  const { BUILT_IN_KINDS } = await import('../server/src/kinds');
  const files = (k: {
    id: string;
    displayName: string;
    languageId: string;
    contributes?: unknown;
    fenceLanguage: string;
    fileName: RegExp;
    globs: readonly string[];
  }) => [k.id, k.displayName, k.languageId, k.contributes, k.fenceLanguage, String(k.fileName), [...k.globs]];
  assert.deepEqual(BUILT_IN_FILES.map(files), BUILT_IN_KINDS.map(files));
});
