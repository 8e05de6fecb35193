#!/usr/bin/env bash
# Installs the Debian packages the test suites use as oracles, and Neovim for the editor test (run by
# `npm test` through pretest).
# Idempotent: does nothing when everything is present. Needs root for apt-get (as on CI).
set -euo pipefail

# Debian package -> a command that succeeds when it is usable.
declare -A CHECKS=(
  [python3-oslo.config]="/usr/bin/python3 -c 'import oslo_config'"
  [python3-heat]="/usr/bin/python3 -c 'import heat'"
  [neovim]="nvim --version"
)

missing=()
for pkg in "${!CHECKS[@]}"; do
  bash -c "${CHECKS[$pkg]}" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-test-deps: missing ${missing[*]}; install them with apt-get (needs root)" >&2
  exit 1
fi
echo "setup-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
