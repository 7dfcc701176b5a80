#!/usr/bin/env bash
# The release script (tools/scripts/release.sh, docs/releasing.md) run end to end without nuget.org, from a temporary
# clone of HEAD: a dry run, then a real run that pushes both packages and their symbols to a local folder feed and
# tags the clone. Nothing is pushed anywhere else and the tag exists in the temporary clone only.
source "$(dirname "$0")/common.sh"
ci_work_dir release-check
git clone -q . "$work/repo"
cd "$work/repo"
git config user.email ci@bridata.invalid && git config user.name "BriData CI"
version=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -n1)
[ -n "$version" ] || fail "no VersionPrefix in Directory.Build.props"

bash tools/scripts/release.sh --dry-run "$version"
git rev-parse -q --verify "refs/tags/v$version" >/dev/null && fail "the dry run tagged v$version"

mkdir -p "$work/feed"
NUGET_API_KEY=local-feed NUGET_SOURCE="$work/feed" bash tools/scripts/release.sh "$version"
for package in BriData BriData.Parquet; do
  find "$work/feed" -iname "$package.$version.nupkg" | grep -q . || fail "$package.$version.nupkg was not pushed to the feed"
done
git rev-parse -q --verify "refs/tags/v$version" >/dev/null || fail "the release did not tag v$version"
echo "release-check: dry run, push of both packages to a local feed and the tag v$version all done"
