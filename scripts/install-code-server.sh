#!/usr/bin/env bash
# Installs code-server (the VS Code workbench served to a browser) into a folder of its own, outside
# the project's node_modules, so that `npm ci` stays fast and the real-VS-Code suite (test/vscode/)
# has a workbench to drive. About 6 minutes on 2 cores: VS Code's native modules are built here.
# Needs Debian's libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev and ripgrep (.ci/run
# installs them). Usage: scripts/install-code-server.sh [DIR]
#
# code-server's own postinstall cannot run as it is here: @vscode/ripgrep's install script
# downloads a binary from GitHub, which this network does not reach. So the steps it takes run
# one by one, with Debian's rg put where @vscode/ripgrep looks for its binary.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.100.3
DIR="${1:-${ELBV2_CODE_SERVER_DIR:-.vscode-test/code-server-$VERSION}}"
RG="$(command -v rg || true)"
mkdir -p "$DIR"
DIR="$(cd "$DIR" && pwd)"
BIN="$DIR/node_modules/.bin/code-server"
# --config: code-server writes a default config into the home folder when it has none.
version() { "$BIN" --config "$DIR/config.yaml" --version 2>/dev/null | head -n 1; }

if [ -x "$BIN" ] && version | grep -q "^$VERSION "; then
  echo "code-server $VERSION already in $DIR"
  exit 0
fi
if [ -z "$RG" ]; then
  echo "install-code-server: ripgrep (rg) is missing: apt-get install ripgrep" >&2
  exit 1
fi

LOG="$DIR/install.log"
: >"$LOG"
step() {
  echo "install-code-server: $1" >>"$LOG"
  shift
  "$@" >>"$LOG" 2>&1 || {
    tail -n 40 "$LOG" >&2
    echo "install-code-server: failed; the whole log is $LOG" >&2
    exit 1
  }
}

# A package.json of its own, so npm installs here and not into the project.
printf '{ "name": "elbv2-ls-code-server", "private": true }\n' >"$DIR/package.json"
cd "$DIR"
step "code-server $VERSION" npm install --no-audit --no-fund --no-save --ignore-scripts "code-server@$VERSION"
# argon2's prebuilt binary is not fetched here: build it from source at the install root.
step "argon2" npm rebuild argon2

cd "$DIR/node_modules/code-server/lib/vscode"
step "VS Code's dependencies" npm install --no-audit --no-fund --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$RG" node_modules/@vscode/ripgrep/bin/rg
# Builds the native modules (node-pty, spdlog, kerberos, …); @vscode/ripgrep finds its bin/ folder.
# node-pty runs `npx node-gyp`, which must not stop to ask (npm_config_yes).
step "VS Code's native modules" env npm_config_yes=true npm rebuild --foreground-scripts

# The rest of code-server's postinstall (links and the built-in extensions' dependencies); its
# `npm install` in lib/vscode now finds everything in place.
cd "$DIR/node_modules/code-server"
step "code-server's postinstall" env npm_config_unsafe_perm=true npm_config_user_agent=npm sh ./postinstall.sh

printf 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n' >"$DIR/config.yaml"
version
