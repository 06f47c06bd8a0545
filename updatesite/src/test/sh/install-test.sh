#!/usr/bin/env bash
# Install test: installs the Strata feature from the built p2 repository into a copy of the bare platform Eclipse
# with the headless p2 director, exactly as a user would into a stock Eclipse, then starts that Eclipse headless and
# asks its OSGi console for the state of every bundle the feature includes. A bundle left INSTALLED (unresolved)
# fails the test, with the resolver's explanation (`diag`).
#
# usage: install-test.sh BARE_ECLIPSE REPOSITORY FEATURE_XML WORK_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/osgi-console.sh"

[ $# -eq 4 ] || fail "usage: install-test.sh BARE_ECLIPSE REPOSITORY FEATURE_XML WORK_DIR"
bare=$1 repository=$2 feature_xml=$3 work=$4
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -d "$bare/plugins" ] || fail "bare Eclipse not found at $bare (run the updatesite package phase first)"
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml" ] || fail "no p2 repository at $repository"
[ -f "$feature_xml" ] || fail "feature.xml not found: $feature_xml"

feature=$(sed -n 's/.*<feature[^>]*[[:space:]]id="\([^"]*\)".*/\1/p; s/^[[:space:]]*id="\([^"]*\)".*/\1/p' "$feature_xml" | head -n 1)
mapfile -t bundles < <(sed -n 's/.*<plugin[[:space:]][^>]*id="\([^"]*\)".*/\1/p' "$feature_xml")
if [ -z "$feature" ] || [ ${#bundles[@]} -eq 0 ]; then
  fail "could not read the feature id and its plugins from $feature_xml"
fi
echo "install-test: feature $feature with bundles: ${bundles[*]}"

rm -rf "$work"
mkdir -p "$work"
eclipse=$work/eclipse
cp -a "$bare" "$eclipse"
launcher=$(launcher_jar "$eclipse")

# The test only proves something if the bare Eclipse lacks what the site must bring.
for bundle in "${bundles[@]}" org.eclipse.xtext; do
  if ls "$eclipse/plugins/${bundle}_"* >/dev/null 2>&1; then
    fail "the bare Eclipse already contains $bundle; it must not, or the install proves nothing"
  fi
done

echo "install-test: installing $feature.feature.group from file:$repository"
if ! timeout 300 "$java" -jar "$launcher" -nosplash -consoleLog -data "$work/director-workspace" \
    -application org.eclipse.equinox.p2.director \
    -repository "file:$repository" -installIU "$feature.feature.group" \
    -destination "$eclipse" -profile DefaultProfile >"$work/director.log" 2>&1; then
  cat "$work/director.log" >&2
  fail "p2 director could not install $feature.feature.group (exit status above, log $work/director.log)"
fi
if ! grep -q "Operation completed" "$work/director.log"; then
  cat "$work/director.log" >&2
  fail "p2 director did not complete"
fi

timeout 120 "$java" -jar "$launcher" -nosplash -data "$work/director-workspace" \
  -application org.eclipse.equinox.p2.director -listInstalledRoots \
  -destination "$eclipse" -profile DefaultProfile >"$work/roots.log" 2>&1 || true
if ! grep -q "^$feature.feature.group/" "$work/roots.log"; then
  cat "$work/roots.log" >&2
  fail "$feature.feature.group is not an installed root (director -listInstalledRoots above)"
fi
echo "install-test: installed roots: $(grep -v '^Operation' "$work/roots.log" | tr '\n' ' ')"

# Headless start: no application, the framework stays up for the console.
console_start "$work/console.log" timeout 300 "$java" -Declipse.ignoreApp=true -Dosgi.noShutdown=true \
  -jar "$launcher" -nosplash -consoleLog -data "$work/workspace" -console

# Bundles are resolved while the framework climbs its start levels, so an early INSTALLED may be transient;
# only one that stays INSTALLED for 30 s counts as unresolved.
deadline=$((SECONDS + 30))
while :; do
  states=$(bundle_states "$(console_run 120 ss)")
  unresolved=$(awk '$2 == "INSTALLED" { print $3 }' <<<"$states")
  if [ -z "$unresolved" ] || [ "$SECONDS" -ge "$deadline" ]; then
    break
  fi
  sleep 2
done

failures=0
for bundle in "${bundles[@]}" org.eclipse.xtext org.eclipse.xtext.ide; do
  line=$(awk -v b="$bundle" '$3 == b' <<<"$states")
  if [ -z "$line" ]; then
    echo "FAIL: $bundle is not installed in the framework" >&2
    failures=$((failures + 1))
  elif [ "$(cut -d' ' -f2 <<<"$line")" = INSTALLED ]; then
    echo "FAIL: $bundle did not resolve; the resolver says:" >&2
    console_run 60 "diag $(cut -d' ' -f1 <<<"$line")" >&2
    failures=$((failures + 1))
  else
    echo "install-test: $bundle is $(cut -d' ' -f2 <<<"$line")"
  fi
done
others=$(awk '$2 == "INSTALLED" { print $3 }' <<<"$states" | tr '\n' ' ')
[ -z "$others" ] || echo "install-test: warning: other unresolved bundles: $others"

console_stop 60
[ "$failures" -eq 0 ] || fail "$failures bundle(s) of $feature did not resolve after installing from $repository"
echo "install-test: PASS: $feature installed from the update site and all ${#bundles[@]} bundles resolved"
