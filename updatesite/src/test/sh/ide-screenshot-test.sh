#!/usr/bin/env bash
# IDE test: starts the ready Strata IDE under Xvfb with `strata ide --workspace W` (on a copy of the product, given
# as STRATA_IDE_HOME), plus -console so the test can question the running framework. It asserts that
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
# shellcheck disable=SC2016 # $names inside single quotes are Gogo session variables, not shell ones.
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
<projectDescription>
  <name>$project</name><comment></comment><projects></projects><buildSpec></buildSpec><natures></natures>
</projectDescription>
PROJECT

echo "ide-test: starting the IDE with workspace $workspace"
# Through the user's own command, pointed at the copy; what follows `--` goes to Eclipse.
strata=$(cd "$(dirname "$0")/../../../.." && pwd)/strata
STRATA_IDE_HOME=$work/eclipse console_start "$work/ide.log" timeout 600 "$strata" ide --workspace "$workspace" \
  -- -consoleLog -console

# The IDE titles its window after the workspace folder.
window=$(timeout 180 xdotool search --sync --onlyvisible --name "^$(basename "$workspace")" | head -n 1) ||
  fail "no workbench window within 180 s; log: $work/ide.log"
# Without a window manager the window keeps its initial size; fill the screen for a readable screenshot.
xdotool windowsize "$window" 1600 1200
echo "ide-test: workbench window $window is up"

failures=0
passed() { echo "ide-test: $*"; }
failed() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# A Gogo answer that is a value: not empty and not an error report.
is_value() { [ -n "$1" ] && [[ "$1" != gogo:* ]]; }
bundle_id() { awk -v b="$1" '$3 == b { print $1 }' <<<"$states"; }

# Lazily activated bundles stay STARTING until first used; the test starts them to prove their activators run.
start_strata_bundles() {
  local bundle line
  states=$(bundle_states "$(console_run 120 ss)")
  for bundle in "${bundles[@]}"; do
    line=$(awk -v b="$bundle" '$3 == b' <<<"$states")
    if [ -n "$line" ] && [ "$(cut -d' ' -f2 <<<"$line")" != ACTIVE ]; then
      console_run 120 "start ${line%% *}" >/dev/null
    fi
  done
  states=$(bundle_states "$(console_run 120 ss)")
  for bundle in "${bundles[@]}"; do
    line=$(awk -v b="$bundle" '$3 == b' <<<"$states")
    if [ -z "$line" ]; then
      failed "$bundle is not installed in the IDE"
    elif [ "$(cut -d' ' -f2 <<<"$line")" = ACTIVE ]; then
      passed "$bundle is ACTIVE"
    else
      failed "$bundle is $(cut -d' ' -f2 <<<"$line"), not ACTIVE; diag: $(console_run 60 "diag ${line%% *}")"
    fi
  done
}

# What the Strata bundles contribute, asked of the services that use the contributions.
check_contributions() {
  local content_type editor launch
  gogo_let ctm \
    '$.context getService ($.context getServiceReference org.eclipse.core.runtime.content.IContentTypeManager)'
  content_type=$(gogo_value "(\$ctm findContentTypeFor $file) id")
  if [[ "$content_type" == dev.strata.* ]]; then
    passed "$file has content type $content_type"
  else
    failed "$file has no Strata content type (got '$content_type')"
  fi

  gogo_let workbench "$(gogo_class "$(bundle_id org.eclipse.ui.workbench)" org.eclipse.ui.PlatformUI) getWorkbench"
  editor=$(gogo_value "((\$workbench getEditorRegistry) getDefaultEditor $file) id")
  if is_value "$editor"; then
    passed "$file opens in editor $editor"
  else
    failed "no editor for $file (got '$editor')"
  fi

  gogo_let lt "((($(gogo_class "$(bundle_id org.eclipse.debug.core)" org.eclipse.debug.core.DebugPlugin) getDefault) \
getLaunchManager) getLaunchConfigurationType $launch_type)"
  launch=$(gogo_value 'echo ($lt name) ($lt supportsMode run)')
  if [ "$launch" = "$launch_type_name true" ]; then
    passed "launch configuration type $launch_type \"$launch_type_name\" supports run"
  else
    failed "launch configuration type $launch_type: expected '$launch_type_name true', got '$launch'"
  fi
}

# Like a user: open the project, open the example with Open Resource, run it as a Strata Kernel.
boot_example() {
  local opened editors="" output deadline
  # Gogo cannot pass null where Java wants a progress monitor.
  gogo_let monitor \
    "$(gogo_class "$(bundle_id org.eclipse.equinox.common)" org.eclipse.core.runtime.NullProgressMonitor) newInstance"
  gogo_let project "(($(gogo_class "$(bundle_id org.eclipse.core.resources)" org.eclipse.core.resources.ResourcesPlugin) \
getWorkspace) getRoot) getProject $project"
  opened=$(gogo_value "\$project create \$monitor ; \$project open \$monitor ; (\$project getFile $file) exists")
  [ "$opened" = true ] || fail "could not create and open project $project with $file (got '$opened')"
  echo "ide-test: project $project with $file is open"

  # A click on the empty menu bar gives the window the keyboard focus (there is no window manager).
  xdotool mousemove --window "$window" 1200 10 click 1
  sleep 1
  xdotool key ctrl+shift+r
  sleep 2
  xdotool type --delay 50 "$file"
  sleep 2
  xdotool key Return
  deadline=$((SECONDS + 30))
  until grep -qF "$file" <<<"$editors" || [ "$SECONDS" -ge "$deadline" ]; do
    sleep 1
    editors=$(console_run 60 \
      'each ($workbench getWorkbenchWindows) { each (($it getActivePage) getEditorReferences) { $it getName } }')
  done
  if grep -qF "$file" <<<"$editors"; then
    passed "$file is open in an editor"
  else
    failed "$file did not open in an editor through Open Resource"
  fi

  # An unset Gogo variable ($nothing) is null: the launch configuration is not stored in a project.
  gogo_let wc "\$lt newInstance \$nothing $project"
  console_run 60 "\$wc setAttribute dev.strata.core.strataFile /$project/$file" >/dev/null
  gogo_let launch "\$wc launch run \$monitor"
  deadline=$((SECONDS + 120))
  until [ "$(gogo_value '$launch isTerminated')" = true ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "the Strata Kernel launch of /$project/$file did not end within 120 s"
    sleep 1
  done
  # The process's stream monitor stops buffering once the Console view is attached: read the view's document.
  # The view appends to it on the UI thread after the process ends, so read until the last line is there.
  console_plugin=$(gogo_class "$(bundle_id org.eclipse.ui.console)" org.eclipse.ui.console.ConsolePlugin)
  deadline=$((SECONDS + 30))
  while :; do
    output=$(console_run 60 \
      "each (((${console_plugin} getDefault) getConsoleManager) getConsoles) { (\$it getDocument) get }")
    [ "$(grep -v '^$' <<<"$output" | tail -n 1)" != "exit: 0" ] && [ "$SECONDS" -lt "$deadline" ] || break
    sleep 1
  done
  if [ "$(grep -v '^$' <<<"$output" | tail -n 1)" = "exit: 0" ]; then
    passed "the Strata Kernel launch of /$project/$file booted the kernel and ended with 'exit: 0'"
  else
    failed "the Strata Kernel launch of /$project/$file did not end with 'exit: 0'; its console: $output"
  fi
}

# File > Exit by keyboard (Alt+F opens the File menu, x is Exit's mnemonic): the workbench saves and stops as it
# does for a user.
exit_ide() {
  local deadline
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
}

# .log entries start with "!ENTRY <bundle> <severity> ..."; severity 4 is ERROR.
check_error_log() {
  local log=$workspace/.metadata/.log errors
  [ -f "$log" ] || return 0
  errors=$(awk '/^!ENTRY /{ keep = ($3 == 4) } keep' "$log")
  if grep -q 'dev\.strata' <<<"$errors"; then
    cat "$log" >&2
    failed "$log has errors about dev.strata (above)"
  elif [ -n "$errors" ]; then
    echo "ide-test: warning: $log has errors unrelated to Strata:"
    grep -E '^!(ENTRY|MESSAGE)' <<<"$errors"
  fi
}

start_strata_bundles
check_contributions
boot_example
sleep 3
import -window root "$screenshot"
echo "ide-test: screenshot $screenshot"
exit_ide
check_error_log

[ "$failures" -eq 0 ] || fail "$failures check(s) of the Strata IDE failed; log: $work/ide.log"
echo "ide-test: PASS: the Strata IDE came up with all ${#bundles[@]} Strata bundles active and booted $file"
