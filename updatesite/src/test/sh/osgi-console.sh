# shellcheck shell=bash
# Sourced by the integration tests: starts an Eclipse installation with its OSGi (Gogo) console on a FIFO and runs
# console commands one at a time, each bounded by a timeout.
#
# Why a FIFO and an end marker: Gogo reads stdin line by line and prints no "command finished" signal. After every
# command we send `echo "@@end" "<n>@@"`; Gogo prints `@@end <n>@@`, a text that never occurs in what was typed,
# so seeing it in the log means the command before it has printed everything. <n> is the log's length when the
# command was sent: unique, and unlike a counter it survives console_run running in a $(...) subshell.

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# launcher_jar ECLIPSE_DIR: the Equinox launcher jar (the native launcher is not on Maven Central).
launcher_jar() {
  local jar
  jar=$(find "$1/plugins" -maxdepth 1 -name 'org.eclipse.equinox.launcher_*.jar' 2>/dev/null | head -n 1)
  [ -n "$jar" ] || fail "no org.eclipse.equinox.launcher_*.jar in $1/plugins: not a materialized Eclipse"
  echo "$jar"
}

# console_start LOG COMMAND...: runs COMMAND (a java launch with -console) in the background, stdin from a FIFO.
console_start() {
  CONSOLE_LOG=$1
  shift
  CONSOLE_FIFO=$(mktemp -u "${TMPDIR:-/tmp}/strata-console.XXXXXX")
  mkfifo "$CONSOLE_FIFO"
  "$@" <"$CONSOLE_FIFO" >"$CONSOLE_LOG" 2>&1 &
  CONSOLE_PID=$!
  trap console_kill EXIT
  # If Eclipse dies, a write to its console must fail with an error, not kill the test with SIGPIPE.
  trap '' PIPE
  exec {CONSOLE_FD}>"$CONSOLE_FIFO"
  rm -f "$CONSOLE_FIFO"
}

# console_kill: on any exit, a failed test must not leave an Eclipse running.
console_kill() {
  if [ -n "${CONSOLE_PID:-}" ] && kill -0 "$CONSOLE_PID" 2>/dev/null; then
    kill "$CONSOLE_PID" 2>/dev/null
    sleep 1
    kill -9 "$CONSOLE_PID" 2>/dev/null || true
  fi
}

# console_run TIMEOUT COMMAND: sends COMMAND, waits for its output, prints it (prompts and CRs removed).
console_run() {
  local timeout=$1 command=$2 start deadline marker
  start=$(($(wc -c <"$CONSOLE_LOG") + 1))
  marker="@@end $start@@"
  printf '%s\necho "@@end" "%d@@"\n' "$command" "$start" >&"$CONSOLE_FD" ||
    fail "Eclipse no longer reads its console (command '$command'); log: $CONSOLE_LOG"
  deadline=$((SECONDS + timeout))
  until tail -c +"$start" "$CONSOLE_LOG" | grep -qF "$marker"; do
    kill -0 "$CONSOLE_PID" 2>/dev/null ||
      fail "Eclipse exited while running console command '$command'; log: $CONSOLE_LOG"
    [ "$SECONDS" -lt "$deadline" ] ||
      fail "console command '$command' gave no answer within ${timeout}s; log: $CONSOLE_LOG"
    sleep 0.5
  done
  tail -c +"$start" "$CONSOLE_LOG" | tr -d '\r' | sed -e 's/^\(g! \)*//' | sed -e "/$marker/,\$d"
}

# bundle_states SS_OUTPUT: "id state symbolic-name" per bundle, from the output of `ss`.
bundle_states() {
  printf '%s\n' "$1" | awk -F'\t' 'NF >= 2 && $1 ~ /^[0-9]+$/ {
    split($2, f, " +"); name = f[2]; sub(/_[^_]*$/, "", name); print $1, f[1], name }'
}

# Gogo calls Java methods on any object, and on a Class object also that class's static methods, so a test can
# reach Eclipse APIs: "$(gogo_class 35 org.eclipse.debug.core.DebugPlugin) getDefault" is DebugPlugin.getDefault().

# gogo_class BUNDLE_ID CLASS: a Gogo expression for CLASS as the bundle with that id loads it.
gogo_class() {
  printf '(($.context getBundle %s) loadClass %s)' "$1" "$2"
}

# gogo_let NAME EXPRESSION: keeps the value of EXPRESSION in the console session variable $NAME.
gogo_let() {
  console_run 120 "$1 = $2 ; echo" >/dev/null
}

# gogo_value EXPRESSION: the last line EXPRESSION prints (a Java value's toString, or a Gogo error).
gogo_value() {
  console_run 120 "$1" | tail -n 1
}

# console_stop TIMEOUT: stops the framework through the console and waits for the JVM to end.
console_stop() {
  local timeout=$1 deadline
  # `close` asks for confirmation; it only goes ahead once stdin also reaches its end.
  { printf 'close\ny\n' >&"$CONSOLE_FD"; } 2>/dev/null || true
  exec {CONSOLE_FD}>&-
  deadline=$((SECONDS + timeout))
  while kill -0 "$CONSOLE_PID" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      kill "$CONSOLE_PID" 2>/dev/null
      fail "Eclipse did not stop within ${timeout}s after 'close'; log: $CONSOLE_LOG"
    fi
    sleep 0.5
  done
  wait "$CONSOLE_PID" 2>/dev/null || true
}
