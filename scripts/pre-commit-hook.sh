#!/usr/bin/env bash
# Entry of the hooks in .pre-commit-hooks.yaml. pre-commit runs it from its own clone of this
# repository (kept per revision): the first run installs the build tools and bundles the CLI there,
# later runs only lint. Arguments: CLI options, then the files pre-commit passes.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$repo/dist/cli.js" ]; then
  echo "magnum-heat: building the CLI (first run of this hook revision)" >&2
  (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error && node scripts/bundle.mjs) >&2
fi
exec node "$repo/dist/cli.js" lint "$@"
