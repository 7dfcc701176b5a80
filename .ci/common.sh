# Sourced by every CI script (`source "$(dirname "$0")/common.sh"`): the steps they all share, written once.
#   strict mode; the repository root as working directory; a quiet .NET CLI;
#   step "what"          prints a step header with the seconds since the script started, named after the script
#   fail "why"           prints "<script>.sh: FAIL: why" on stderr and exits 1
#   need_debian X PKG…   installs the Debian packages when X is neither a command nor an existing file
#   ci_work_dir NAME     a temporary folder removed when the script exits (sets $work)
#   data_version         the embedded release's data version, as the library's build reads it from the manifest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
ci_script=$(basename "$0" .sh)
start=$(date +%s)

step() {
  if [ "$ci_script" = run ]; then
    printf '\n=== %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"
  else
    printf '\n=== %s: %s (%ss)\n' "$ci_script" "$1" "$(( $(date +%s) - start ))"
  fi
}

fail() { echo "$ci_script.sh: FAIL: $*" >&2; exit 1; }

need_debian() {
  local probe=$1; shift
  if [ -e "$probe" ] || command -v "$probe" >/dev/null 2>&1; then return 0; fi
  echo "installing $* from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ci_work_dir() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/bridata-$1.XXXXXX")
  trap 'rm -rf "$work"' EXIT
}

# The data version is read from Data/manifest.json in one place, BriData.csproj (which also writes it into the
# package description and the generated EmbeddedRelease constants); scripts ask MSBuild for it instead of parsing the
# manifest again.
data_version() {
  dotnet msbuild src/BriData/BriData.csproj -getProperty:BriDataDataVersion 2>/dev/null | tr -d '[:space:]'
}
