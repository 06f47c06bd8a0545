#!/usr/bin/env bash
# IDE test: starts the ready Strata IDE under Xvfb the way `strata ide --workspace W` does (java -jar on the
# launcher, -data W), plus -console so the test can question the running framework. It asserts that
#   - the workbench window appears,
#   - every bundle of the Strata feature resolves and reaches ACTIVE when started,
#   - *.strata files map to a Strata content type and to an editor,
#   - the Strata launch configuration type is registered and supports run mode,
#   - a project with the example opens, the example opens in an editor (Open Resource, by keyboard), and a
#     "Strata Kernel" launch of it boots the kernel: its console ends with `exit: 0` (docs/kernel-console.md),
# takes a screenshot of all that, exits through File > Exit, and fails if W/.metadata/.log has an error about
# dev.strata.
#
# usage: ide-screenshot-test.sh IDE_DIR FEATURE_XML EXAMPLE_STRATA WORK_DIR SCREENSHOT_PNG
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/osgi-console.sh"

# Contract with the dev.strata.core bundle (plugins/dev.strata.core/plugin.xml).
launch_type=dev.strata.core.launchType
launch_type_name="Strata Kernel"

[ $# -eq 5 ] || fail "usage: ide-screenshot-test.sh IDE_DIR FEATURE_XML EXAMPLE_STRATA WORK_DIR SCREENSHOT_PNG"
if [ -z "${STRATA_UNDER_XVFB:-}" ]; then
  command -v xvfb-run >/dev/null || fail "xvfb-run not found (Debian packages: xvfb xauth)"
  export STRATA_UNDER_XVFB=1
  exec timeout 900 xvfb-run -a -s "-screen 0 1600x1200x24" "$0" "$@"
fi
for tool in xdotool import; do
  command -v "$tool" >/dev/null || fail "$tool not found (Debian packages: xdotool imagemagick)"
done

ide=$1 feature_xml=$2 example=$3 work=$4 screenshot=$5
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -d "$ide/plugins" ] || fail "Strata IDE not found at $ide (run the updatesite package phase first)"
[ -f "$feature_xml" ] || fail "feature.xml not found: $feature_xml"
[ -f "$example" ] || fail "example not found: $example"
mapfile -t bundles < <(sed -n 's/.*<plugin[[:space:]][^>]*id="\([^"]*\)".*/\1/p' "$feature_xml")
[ ${#bundles[@]} -gt 0 ] || fail "no plugins listed in $feature_xml"

# A copy, so that the test's start leaves the product in target/products untouched.
rm -rf "$work"
mkdir -p "$work" "$(dirname "$screenshot")"
cp -a "$ide" "$work/eclipse"
workspace=$work/strata-ide-workspace
# A project folder with the example; the workspace learns about it when the test creates the project below.
project=$(basename "$example" .strata)
file=$(basename "$example")
mkdir -p "$workspace/$project"
cp "$example" "$workspace/$project/"
cat >"$workspace/$project/.project" <<PROJECT
<?xml version="1.0" encoding="UTF-8"?>
<projectDescription><name>$project</name><comment></comment><projects></projects><buildSpec></buildSpec><natures></natures></projectDescription>
PROJECT

echo "ide-test: starting the IDE with workspace $workspace"
console_start "$work/ide.log" timeout 600 "$java" -jar "$(launcher_jar "$work/eclipse")" -data "$workspace" \
  -consoleLog -console

# The IDE titles its window after the workspace folder.
window=$(timeout 180 xdotool search --sync --onlyvisible --name "^$(basename "$workspace")" | head -n 1) ||
  fail "no workbench window within 180 s; log: $work/ide.log"
# Without a window manager the window keeps its initial size; fill the screen for a readable screenshot.
xdotool windowsize "$window" 1600 1200
echo "ide-test: workbench window $window is up"

states=$(bundle_states "$(console_run 120 ss)")
failures=0
for bundle in "${bundles[@]}"; do
  line=$(awk -v b="$bundle" '$3 == b' <<<"$states")
  if [ -z "$line" ]; then
    echo "FAIL: $bundle is not installed in the IDE" >&2
    failures=$((failures + 1))
    continue
  fi
  id=$(cut -d' ' -f1 <<<"$line")
  # Lazily activated bundles stay STARTING until first used; start them to prove that their activators run.
  [ "$(cut -d' ' -f2 <<<"$line")" = ACTIVE ] || console_run 120 "start $id" >/dev/null
done
states=$(bundle_states "$(console_run 120 ss)")
for bundle in "${bundles[@]}"; do
  line=$(awk -v b="$bundle" '$3 == b' <<<"$states")
  [ -n "$line" ] || continue
  state=$(cut -d' ' -f2 <<<"$line")
  if [ "$state" = ACTIVE ]; then
    echo "ide-test: $bundle is ACTIVE"
  else
    echo "FAIL: $bundle is $state, not ACTIVE; the resolver says:" >&2
    console_run 60 "diag $(cut -d' ' -f1 <<<"$line")" >&2
    failures=$((failures + 1))
  fi
done

bundle_id() { awk -v b="$1" '$3 == b { print $1 }' <<<"$states"; }
# Gogo calls Java methods on objects; a Class object also answers its static methods.
content_type=$(console_run 60 'ref = $.context getServiceReference org.eclipse.core.runtime.content.IContentTypeManager ; ctm = $.context getService $ref ; ($ctm findContentTypeFor hello.strata) id' | tail -n 1)
if [[ "$content_type" == dev.strata.* ]]; then
  echo "ide-test: hello.strata has content type $content_type"
else
  echo "FAIL: hello.strata has no Strata content type (got '$content_type')" >&2
  failures=$((failures + 1))
fi
editor=$(console_run 60 "(((((\$.context getBundle $(bundle_id org.eclipse.ui.workbench)) loadClass org.eclipse.ui.PlatformUI) getWorkbench) getEditorRegistry) getDefaultEditor hello.strata) id" | tail -n 1)
if [ -n "$editor" ] && [[ "$editor" != *Exception* ]]; then
  echo "ide-test: hello.strata opens in editor $editor"
else
  echo "FAIL: no editor for hello.strata (got '$editor')" >&2
  failures=$((failures + 1))
fi
launch=$(console_run 60 "lt = ((((\$.context getBundle $(bundle_id org.eclipse.debug.core)) loadClass org.eclipse.debug.core.DebugPlugin) getDefault) getLaunchManager) getLaunchConfigurationType $launch_type ; echo (\$lt name) (\$lt supportsMode run)" | tail -n 1)
if [ "$launch" = "$launch_type_name true" ]; then
  echo "ide-test: launch configuration type $launch_type \"$launch_type_name\" supports run"
else
  echo "FAIL: launch configuration type $launch_type: expected '$launch_type_name true', got '$launch'" >&2
  failures=$((failures + 1))
fi

# Gogo cannot pass null where Java wants a progress monitor, so the test makes a NullProgressMonitor.
console_run 60 "monitor = ((\$.context getBundle $(bundle_id org.eclipse.equinox.common)) loadClass org.eclipse.core.runtime.NullProgressMonitor) newInstance ; workbench = ((\$.context getBundle $(bundle_id org.eclipse.ui.workbench)) loadClass org.eclipse.ui.PlatformUI) getWorkbench ; echo" >/dev/null
opened=$(console_run 120 "project = ((((\$.context getBundle $(bundle_id org.eclipse.core.resources)) loadClass org.eclipse.core.resources.ResourcesPlugin) getWorkspace) getRoot) getProject $project ; \$project create \$monitor ; \$project open \$monitor ; (\$project getFile $file) exists" | tail -n 1)
[ "$opened" = true ] || fail "could not create and open project $project with $file (got '$opened')"
echo "ide-test: project $project with $file is open"

# Open Resource (Ctrl+Shift+R) is what a user types; a click on the empty menu bar gives the window the keyboard
# focus first (there is no window manager).
xdotool mousemove --window "$window" 1200 10 click 1
sleep 1
xdotool key ctrl+shift+r
sleep 2
xdotool type --delay 50 "$file"
sleep 2
xdotool key Return
editor_open=false
deadline=$((SECONDS + 30))
while [ "$SECONDS" -lt "$deadline" ]; do
  if console_run 60 'each ($workbench getWorkbenchWindows) { each (($it getActivePage) getEditorReferences) { $it getName } }' |
      grep -qF "$file"; then
    editor_open=true
    break
  fi
  sleep 1
done
if [ "$editor_open" = true ]; then
  echo "ide-test: $file is open in an editor"
else
  echo "FAIL: $file did not open in an editor through Open Resource" >&2
  failures=$((failures + 1))
fi

# An unset Gogo variable ($nothing) is null: the launch configuration is not stored in a project.
console_run 120 "wc = \$lt newInstance \$nothing $project ; \$wc setAttribute dev.strata.core.strataFile /$project/$file ; launch = \$wc launch run \$monitor ; echo" >/dev/null
deadline=$((SECONDS + 120))
until [ "$(console_run 60 '$launch isTerminated' | tail -n 1)" = true ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "the Strata Kernel launch of /$project/$file did not terminate within 120 s"
  sleep 1
done
# The process's own stream monitor stops buffering once the Console view is attached, so read the view's document.
output=$(console_run 60 "each (((((\$.context getBundle $(bundle_id org.eclipse.ui.console)) loadClass org.eclipse.ui.console.ConsolePlugin) getDefault) getConsoleManager) getConsoles) { (\$it getDocument) get }")
if [ "$(grep -v '^$' <<<"$output" | tail -n 1)" = "exit: 0" ]; then
  echo "ide-test: the Strata Kernel launch of /$project/$file booted the kernel and ended with 'exit: 0'"
else
  echo "FAIL: the Strata Kernel launch of /$project/$file did not end with 'exit: 0'; its console:" >&2
  echo "$output" >&2
  failures=$((failures + 1))
fi

sleep 3
import -window root "$screenshot"
echo "ide-test: screenshot $screenshot"

# File > Exit through the keyboard: Alt+F opens the File menu, x is Exit's mnemonic. The workbench then saves and
# stops like for a user.
xdotool mousemove --window "$window" 1200 10 click 1
sleep 1
xdotool key alt+f
sleep 1
xdotool key x
deadline=$((SECONDS + 90))
while kill -0 "$CONSOLE_PID" 2>/dev/null; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    import -window root "${screenshot%.png}-exit-failed.png"
    fail "the IDE did not exit within 90 s of File > Exit; see ${screenshot%.png}-exit-failed.png"
  fi
  sleep 0.5
done
wait "$CONSOLE_PID" || fail "the IDE exited with status $? after File > Exit; log: $work/ide.log"
echo "ide-test: the IDE exited cleanly"

log=$workspace/.metadata/.log
if [ -f "$log" ]; then
  # .log entries start with "!ENTRY <bundle> <severity> ..."; severity 4 is ERROR.
  strata_errors=$(awk '/^!ENTRY /{ keep = ($3 == 4) } keep' "$log" | grep -c 'dev\.strata' || true)
  if [ "$strata_errors" -gt 0 ]; then
    cat "$log" >&2
    echo "FAIL: $log has errors about dev.strata (above)" >&2
    failures=$((failures + 1))
  elif grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    echo "ide-test: warning: $log has errors unrelated to Strata:"
    awk '/^!ENTRY /{ keep = ($3 == 4) } keep' "$log" | grep -E '^!(ENTRY|MESSAGE)'
  fi
fi

[ "$failures" -eq 0 ] || fail "$failures check(s) of the Strata IDE failed; log: $work/ide.log"
echo "ide-test: PASS: the Strata IDE came up with all ${#bundles[@]} Strata bundles active"
