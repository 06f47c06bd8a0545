#!/usr/bin/env bash
# compare.sh: runs the reference workload (bench/workload) in Strata's emulator (A) and in QEMU TCG (B) side by
# side, A B A B ..., and reports wall times, their medians and the per-pair ratio A/B. These shared machines are
# noisy, so only ratios measured in one run mean anything; pairing each A with the B next to it keeps slow phases
# of the host out of the ratio. See bench/README.md.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kernel="$root/bench/target/workload/sieve_crc.elf"
cli_jar="$root/cli/target/dev.strata.cli.jar"
runs=5
iterations=30

usage() {
  cat <<'USAGE'
usage: bench/compare.sh [-n RUNS] [--iters N]

Builds bench/workload (and the CLI if its jar is missing), then after one warm-up each runs
  A = Strata's emulator:  java -jar cli/target/dev.strata.cli.jar run --kernel K --append iters=N --stats
  B = QEMU TCG:           qemu-system-i386 -kernel K -append iters=N ... -accel tcg
alternately RUNS times (default 5; iters default 30). Checks both print the same result and exit cleanly,
then prints each pair's wall times and ratio A/B, the medians, and A's instruction count and MIPS.
Needs bash, gcc with 32-bit support, GNU ld and make, qemu-system-i386, a JDK 21+ (JAVA_HOME), coreutils, awk.
USAGE
}

die() { echo "compare: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    -n) [ $# -ge 2 ] || die "-n needs a number"; runs=$2; shift 2 ;;
    --iters) [ $# -ge 2 ] || die "--iters needs a number"; iterations=$2; shift 2 ;;
    --iters=*) iterations=${1#--iters=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "-n wants a positive number, not '$runs'"
[[ "$iterations" =~ ^[0-9]+$ ]] || die "--iters wants a number, not '$iterations'"

# Tools first, so a missing one is one clear line rather than a failure halfway through.
command -v gcc >/dev/null || die "gcc not found (Debian: apt-get install gcc-multilib make)"
command -v make >/dev/null || die "make not found (Debian: apt-get install make)"
command -v ld >/dev/null || die "GNU ld not found (Debian: apt-get install binutils)"
command -v qemu-system-i386 >/dev/null || die "qemu-system-i386 not found (Debian: apt-get install qemu-system-x86)"
for tool in timeout awk sort date; do command -v "$tool" >/dev/null || die "$tool not found"; done
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java" >/dev/null || die "no java: set JAVA_HOME to a JDK 21 or newer"

# Time limits: generous multiples of the slowest expected speed (A about 0.5 s per iteration on these machines).
build_limit=120
cli_build_limit=1200
a_limit=$((30 + 3 * iterations))
b_limit=$((30 + iterations))

echo "compare: building the workload" >&2
timeout "$build_limit" make -s -C "$root/bench/workload" >&2 || die "building bench/workload failed (or took over ${build_limit} s)"
if [ ! -f "$cli_jar" ]; then
  # ./strata builds the CLI when its jar is missing; --help then makes it exit at once.
  echo "compare: building the CLI through ./strata (a few minutes)" >&2
  timeout "$cli_build_limit" "$root/strata" run --help >/dev/null || die "building the CLI failed"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }

# run_a NAME / run_b NAME: one boot; output in $work/NAME.out and .err, exit status in .rc, wall seconds in .wall.
run_a() {
  local start end rc=0
  start=$(now)
  timeout "$a_limit" "$java" -jar "$cli_jar" run --kernel "$kernel" --append "iters=$iterations" --stats \
    --timeout "$a_limit" >"$work/$1.out" 2>"$work/$1.err" || rc=$?
  end=$(now)
  echo "$rc" >"$work/$1.rc"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }' >"$work/$1.wall"
}

run_b() {
  local start end rc=0
  start=$(now)
  timeout "$b_limit" qemu-system-i386 -kernel "$kernel" -append "iters=$iterations" -display none -serial stdio \
    -monitor none -accel tcg -net none -device isa-debug-exit,iobase=0xf4,iosize=0x04 \
    >"$work/$1.out" 2>"$work/$1.err" </dev/null || rc=$?
  end=$(now)
  echo "$rc" >"$work/$1.rc"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }' >"$work/$1.wall"
}

# check NAME EXPECTED_STATUS: the run exited as expected and printed exactly what the first A run printed.
# The guest exits with 0; the CLI passes that through, QEMU's isa-debug-exit reports (0 << 1) | 1 = 1.
check() {
  local rc
  rc=$(cat "$work/$1.rc")
  if [ "$rc" != "$2" ]; then
    echo "compare: run $1 exited with $rc, expected $2; its output:" >&2
    cat "$work/$1.out" "$work/$1.err" >&2
    exit 1
  fi
  if ! cmp -s "$work/$1.out" "$work/reference.out"; then
    echo "compare: run $1 printed something else than the first run of A:" >&2
    diff "$work/reference.out" "$work/$1.out" >&2 || true
    exit 1
  fi
}

# median FORMAT: the median of the numbers on stdin, one a line, printed with the printf FORMAT.
median() {
  sort -g | awk -v f="$1" '{ v[NR] = $1 } END { printf f "\n", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "compare: warm-up, A then B (not counted)" >&2
run_a warm-a
cp "$work/warm-a.out" "$work/reference.out"
grep -q '^primes ' "$work/reference.out" || { cat "$work/warm-a.out" "$work/warm-a.err" >&2; die "A printed no result"; }
check warm-a 0
run_b warm-b
check warm-b 1

echo "workload: sieve + CRC-32 over 1 MiB, iters=$iterations; $runs pairs, A = Strata emulator, B = QEMU TCG"
echo "result:   $(tr '\n' ' ' <"$work/reference.out")"
echo "host:     $(nproc) CPUs, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
  "$("$java" -version 2>&1 | head -n 1), $(qemu-system-i386 --version | head -n 1)"
echo
printf '%-4s %10s %10s %8s %15s %8s\n' run "A wall s" "B wall s" "A/B" "A instructions" "A MIPS"
for i in $(seq 1 "$runs"); do
  run_a "a$i"
  check "a$i" 0
  run_b "b$i"
  check "b$i" 1
  # The CLI's --stats line: "strata: N instructions in S s (M MIPS)".
  instructions= mips=
  read -r instructions mips < <(sed -n 's/^strata: \([0-9]*\) instructions in .* (\([0-9.]*\) MIPS)$/\1 \2/p' \
    "$work/a$i.err") || true
  [ -n "${instructions:-}" ] || { cat "$work/a$i.err" >&2; die "A printed no --stats line"; }
  a=$(cat "$work/a$i.wall")
  b=$(cat "$work/b$i.wall")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')
  echo "$a" >>"$work/a.walls"
  echo "$b" >>"$work/b.walls"
  echo "$ratio" >>"$work/ratios"
  echo "$mips" >>"$work/mips"
  echo "$instructions" >"$work/instructions"
  printf '%-4s %10s %10s %8s %15s %8s\n' "$i" "$a" "$b" "$ratio" "$instructions" "$mips"
done

a_median=$(median %.3f <"$work/a.walls")
b_median=$(median %.3f <"$work/b.walls")
instructions=$(cat "$work/instructions")
echo
echo "median wall A (Strata):  $a_median s"
echo "median wall B (QEMU):    $b_median s"
echo "median ratio A/B:        $(median %.2f <"$work/ratios")"
echo "A instructions:          $instructions (the CLI's --stats; the same guest code runs in B)"
echo "A MIPS (median):         $(median %.1f <"$work/mips") (CLI's own timing: guest execution, no JVM start-up)"
awk -v n="$instructions" -v a="$a_median" -v b="$b_median" 'BEGIN {
  printf "MIPS by median wall:     A %.1f, B %.1f (instructions / wall, start-up included, as in the peer table)\n",
    n / a / 1e6, n / b / 1e6 }'
