#!/usr/bin/env bash
# Cuts a release of the two packages, BriData and BriData.Parquet (docs/releasing.md says when and why).
#
#   tools/scripts/release.sh [--dry-run] VERSION
#
#   VERSION         the package version, SemVer: 0.2.0, or 0.2.0-rc.1 for a pre-release. Its numeric part must be
#                   VersionPrefix in Directory.Build.props, and CHANGELOG.md must have a "## VERSION" heading.
#   --dry-run       does everything (checks, pack, package validation, contents) but push and tag.
#   NUGET_API_KEY   the API key for the push (required without --dry-run; never printed).
#   NUGET_SOURCE    where to push; default https://api.nuget.org/v3/index.json. A folder path works too (a local feed).
#   NUGET_SYMBOL_SOURCE  where to push the .snupkg symbol packages; default NUGET_SOURCE.
#
# Steps: the work tree is clean and the tag v<VERSION> does not exist yet; CHANGELOG.md names the version;
# `dotnet pack -c Release` of both packages into artifacts/release (deterministic, ContinuousIntegrationBuild,
# warnings as errors) with package validation on (it runs after each pack; the script checks that it did); the
# contents of each .nupkg and .snupkg (readme, licences, icon, assembly and XML docs, portable PDB, version, the
# BriData dependency of BriData.Parquet); then `dotnet nuget push` of both packages and both symbol packages with
# --skip-duplicate (so a rerun after a partial push is safe), BriData first; and finally an annotated tag
# v<VERSION> on HEAD. The tag is not pushed: the script prints the command.
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
fail() { echo "release.sh: FAIL: $*" >&2; exit 1; }
step() { printf '\n=== release: %s\n' "$1"; }

dry_run=false
version=""
for arg in "$@"; do
  case "$arg" in
    --dry-run) dry_run=true ;;
    -h|--help) usage ;;
    -*) echo "unknown option: $arg" >&2; usage ;;
    *) [ -z "$version" ] || usage; version=$arg ;;
  esac
done
[ -n "$version" ] || usage
[[ "$version" =~ ^([0-9]+\.[0-9]+\.[0-9]+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$ ]] \
  || fail "'$version' is not a SemVer version (MAJOR.MINOR.PATCH or MAJOR.MINOR.PATCH-PRERELEASE)"
version_prefix=${BASH_REMATCH[1]}
version_suffix=${BASH_REMATCH[3]:-}

cd "$(dirname "$0")/../.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
source_url=${NUGET_SOURCE:-https://api.nuget.org/v3/index.json}
symbol_source=${NUGET_SYMBOL_SOURCE:-$source_url}
out=artifacts/release
tag="v$version"
work=$(mktemp -d "${TMPDIR:-/tmp}/bridata-release.XXXXXX")
trap 'rm -rf "$work"' EXIT

step "checks ($([ "$dry_run" = true ] && echo 'dry run: no push, no tag' || echo "push to $source_url, then tag $tag"))"
command -v git >/dev/null || fail "git is needed"
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || fail "not a git work tree: the release is cut from a commit"
if [ -n "$(git status --porcelain --untracked-files=normal)" ]; then
  git status --short >&2
  fail "the work tree is not clean (above): commit or stash first, so that the packages are built from HEAD"
fi
commit=$(git rev-parse HEAD)
echo "HEAD: $commit on $(git rev-parse --abbrev-ref HEAD)"
if git rev-parse -q --verify "refs/tags/$tag" >/dev/null; then
  fail "tag $tag already exists (at $(git rev-list -n1 "$tag")): a version is released once"
fi
prefix_in_props=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -n1)
[ "$prefix_in_props" = "$version_prefix" ] \
  || fail "Directory.Build.props has VersionPrefix $prefix_in_props, not $version_prefix: set it (and commit) first"
grep -qE "^## \[?${version//./\\.}\]?([[:space:]]|$)" CHANGELOG.md \
  || fail "CHANGELOG.md has no '## $version' heading: describe the release first"
readme_version=$(sed -n 's/.*| Package (library and API, SemVer) | \*\*\([^*]*\)\*\* |.*/\1/p' src/BriData/PACKAGE-README.md | head -n1)
[ "$readme_version" = "$version" ] \
  || fail "src/BriData/PACKAGE-README.md names package version '$readme_version', not $version"
manifest=src/BriData/Data/manifest.json
# The data version as the library's build reads it from the manifest (BriData.csproj), not parsed here a second time.
data_version=$(dotnet msbuild src/BriData/BriData.csproj -getProperty:BriDataDataVersion 2>/dev/null | tr -d '[:space:]')
[ -n "$data_version" ] || fail "MSBuild gives no BriDataDataVersion for src/BriData (from $manifest)"
echo "version $version (prefix $version_prefix${version_suffix:+, suffix $version_suffix}), data release $data_version"
if [ "$dry_run" = false ] && [ -z "${NUGET_API_KEY:-}" ]; then
  fail "NUGET_API_KEY is not set (use --dry-run to try everything but the push)"
fi
if ! command -v unzip >/dev/null; then
  echo "installing unzip from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null
fi

step "pack (Release, deterministic, package validation) into $out"
rm -rf "$out"
mkdir -p "$out"
pack_args=(-c Release -o "$out" -warnaserror -p:ContinuousIntegrationBuild=true -p:EnablePackageValidation=true
           "-p:VersionPrefix=$version_prefix" "-p:VersionSuffix=$version_suffix")
for project in BriData BriData.Parquet; do
  # Package validation is incremental: remove its stamp so that it runs on this pack, and check that it did.
  find "src/$project/obj" -name Microsoft.NET.ApiCompat.ValidatePackage.semaphore -delete 2>/dev/null || true
  dotnet pack "src/$project/$project.csproj" "${pack_args[@]}" > "$work/pack-$project.log" 2>&1 \
    || { tail -n 60 "$work/pack-$project.log"; fail "dotnet pack of $project failed (log above)"; }
  if grep -E ': (warning|error) [A-Z]+[0-9]+' "$work/pack-$project.log"; then fail "pack of $project reported warnings or errors (above)"; fi
  [ -n "$(find "src/$project/obj/Release" -name Microsoft.NET.ApiCompat.ValidatePackage.semaphore 2>/dev/null)" ] \
    || fail "package validation did not run for $project"
  baseline=$(dotnet msbuild "src/$project/$project.csproj" -nologo -getProperty:PackageValidationBaselineVersion -p:Configuration=Release 2>/dev/null || true)
  echo "$project: packed; package validation ran (baseline: ${baseline:-none pinned yet})"
done
ls -l "$out"

step "package contents"
check_package() { # check_package ID EXTRA-ENTRY...
  local id=$1; shift
  local nupkg="$out/$id.$version.nupkg" snupkg="$out/$id.$version.snupkg"
  [ -f "$nupkg" ] || fail "no $nupkg"
  [ -f "$snupkg" ] || fail "no $snupkg (symbols package)"
  unzip -Z1 "$nupkg" | sort > "$work/$id.entries"
  local entry
  for entry in "$id.nuspec" PACKAGE-README.md LICENSE DATA-LICENSES.md icon.png "lib/net10.0/$id.dll" "lib/net10.0/$id.xml" "$@"; do
    grep -qxF "$entry" "$work/$id.entries" || fail "$entry is missing from $(basename "$nupkg")"
  done
  unzip -p "$nupkg" "$id.nuspec" > "$work/$id.nuspec"
  for element in "<id>$id</id>" "<version>$version</version>" '<readme>PACKAGE-README.md</readme>' '<icon>icon.png</icon>' \
                 '<license type="expression">MIT</license>' '<repository type="git"' '<description>'; do
    grep -qF "$element" "$work/$id.nuspec" || fail "$id.nuspec lacks $element"
  done
  grep -qF "commit=\"$commit\"" "$work/$id.nuspec" || fail "$id.nuspec does not name commit $commit (SourceLink)"
  unzip -Z1 "$snupkg" > "$work/$id.symbols"
  grep -qxF "lib/net10.0/$id.pdb" "$work/$id.symbols" || fail "$(basename "$snupkg") has no lib/net10.0/$id.pdb"
  unzip -p "$snupkg" "lib/net10.0/$id.pdb" > "$work/$id.pdb"
  [ "$(head -c 4 "$work/$id.pdb")" = "BSJB" ] || fail "$id.pdb is not a portable PDB"
  echo "$id $version: $(wc -l < "$work/$id.entries") entries, $(stat -c %s "$nupkg") bytes; symbols $(stat -c %s "$snupkg") bytes"
}
check_package BriData CITATION.cff CHANGELOG.md
check_package BriData.Parquet
grep -qF "data release $data_version" "$work/BriData.nuspec" || fail "BriData.nuspec does not name data release $data_version"
grep -qE "<dependency id=\"BriData\" version=\"\[?${version//./\\.}[],\"]" "$work/BriData.Parquet.nuspec" \
  || fail "BriData.Parquet does not depend on BriData $version: $(grep -o '<dependency id="BriData"[^>]*>' "$work/BriData.Parquet.nuspec")"
echo "BriData.Parquet depends on BriData $version"

packages=("$out/BriData.$version.nupkg" "$out/BriData.Parquet.$version.nupkg")
symbols=("$out/BriData.$version.snupkg" "$out/BriData.Parquet.$version.snupkg")
if [ "$dry_run" = true ]; then
  step "dry run: stopping before the push and the tag"
  for p in "${packages[@]}"; do echo "would push   $p -> $source_url"; done
  for p in "${symbols[@]}"; do echo "would push   $p -> $symbol_source"; done
  echo "would tag    $tag at $commit (annotated: BriData $version, data release $data_version)"
  echo "dry run OK: BriData $version and BriData.Parquet $version are packed and checked in $out"
  exit 0
fi

step "push to $source_url (BriData first: BriData.Parquet depends on it)"
push() { # push FILE SOURCE [OPTION...]: the key goes to dotnet as an argument, never to the terminal or a log
  local file=$1 target=$2; shift 2
  local status=0 log
  dotnet nuget push "$file" --source "$target" --api-key "$NUGET_API_KEY" --skip-duplicate "$@" > "$work/push.log" 2>&1 || status=$?
  log=$(cat "$work/push.log"); rm -f "$work/push.log"
  printf '%s\n' "${log//"$NUGET_API_KEY"/***}" | grep -vE '^[[:space:]]*$' || true
  [ "$status" -eq 0 ] || fail "push of $(basename "$file") to $target failed (above)"
}
# Each .nupkg without its symbols (--no-symbols), then each .snupkg explicitly, so both pushes are checked.
for p in "${packages[@]}"; do push "$p" "$source_url" --no-symbols; done
step "push symbols to $symbol_source"
for p in "${symbols[@]}"; do
  if [ -d "$symbol_source" ]; then
    # dotnet nuget push skips a .snupkg silently when the source is a folder: copy it, so the feed holds it too.
    cp "$p" "$symbol_source/" && echo "copied $(basename "$p") to $symbol_source"
  else
    push "$p" "$symbol_source"
  fi
done

step "tag"
git tag -a "$tag" -m "BriData $version (data release $data_version)" "$commit"
echo "tagged $tag at $commit. Publish the tag with: git push origin $tag"
echo "Next (docs/releasing.md): move PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt and pin PackageValidationBaselineVersion $version."
