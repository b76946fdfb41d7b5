#!/usr/bin/env bash
# Installs what the end-to-end test needs, idempotently, and prints the code-server executable's path:
# - Debian's chromium, ripgrep and libkrb5-dev (only those missing; apt runs only then);
# - code-server 4.100.3 from the npm registry into apps/vscode/.e2e/ (gitignored), by the sequence in
#   ../shared/notes/vscode-e2e.md: a plain `npm i code-server` fails here (it downloads ripgrep from GitHub
#   and prompts for npx). A marker file makes the second run instant.
# Microsoft's VS Code downloads (@vscode/test-electron, @vscode/test-web) are unreachable on these machines.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.100.3
e2e_dir="${PARLEY_E2E_DIR:-$PWD/.e2e}"
prefix="$e2e_dir/code-server-$CODE_SERVER_VERSION"
marker="$prefix/.installed"
log() { echo "ensure-e2e: $*" >&2; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if [ ! -f "$marker" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $prefix (about a minute)"
  rm -rf "$prefix"
  mkdir -p "$prefix"
  (
    cd "$prefix"
    # Its own package.json: npm then ignores the workspace's .npmrc and pnpm files.
    echo '{ "private": true, "description": "code-server for the Parley end-to-end test" }' >package.json
    export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_loglevel=error
    # `npm rebuild` compiles native modules with node-gyp, which downloads Node's headers unless told where
    # they are; nodejs.org is unreachable here. Node's own prefix holds them (Debian's nodejs and the
    # official tarballs both ship include/node), so point npm there rather than rely on a user's ~/.npmrc.
    node_prefix="$(dirname "$(dirname "$(command -v node)")")"
    if [ -z "${npm_config_nodedir:-}" ] && [ -f "$node_prefix/include/node/node.h" ]; then
      export npm_config_nodedir="$node_prefix"
    fi
    npm i "code-server@$CODE_SERVER_VERSION" --ignore-scripts >&2
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts >&2
    # @vscode/ripgrep's install script downloads from GitHub: use Debian's rg instead.
    mkdir -p node_modules/@vscode/ripgrep/bin
    cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm rebuild >&2
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
    (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev >&2)
    cd ../../../..
    npm rebuild argon2 >&2
  )
  touch "$marker"
  log "code-server ready"
fi
echo "$prefix/node_modules/.bin/code-server"
