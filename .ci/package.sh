#!/usr/bin/env bash
# The package as a consumer gets it. Packs BriData (package validation runs with the pack), checks what the .nupkg
# and .snupkg hold, installs it from a local folder feed into a fresh console project and runs the README's usage
# examples, publishes tests/BriData.AotSmoke with native AOT (zero trim/AOT warnings) and runs it, and fails on any
# known vulnerable package (NuGetAudit, all dependencies). Runs from anywhere; bounded to a few minutes.
#
#   bash .ci/package.sh
#   BRIDATA_BASELINE_NUPKG=path/to/BriData.0.1.0.nupkg bash .ci/package.sh   # also validate against a release
source "$(dirname "$0")/common.sh"
root=$(pwd)
ci_work_dir package


manifest=src/BriData/Data/manifest.json
data_version=$(data_version)
[ -n "$data_version" ] || fail "MSBuild gives no BriDataDataVersion for src/BriData (from $manifest)"

step "pack (Release, deterministic, ContinuousIntegrationBuild; package validation runs after pack)"
out=artifacts/packages
rm -rf "$out"
# Package validation is incremental: remove its stamp so that it runs on this pack, and check that it did.
find src/BriData/obj -name Microsoft.NET.ApiCompat.ValidatePackage.semaphore -delete 2>/dev/null || true
baseline=()
if [ -n "${BRIDATA_BASELINE_NUPKG:-}" ]; then
  baseline=("-p:PackageValidationBaselinePath=$(realpath "$BRIDATA_BASELINE_NUPKG")")
  echo "package validation baseline: $BRIDATA_BASELINE_NUPKG"
fi
dotnet pack src/BriData/BriData.csproj -c Release -o "$out" -warnaserror \
  -p:ContinuousIntegrationBuild=true "${baseline[@]}" 2>&1 | tee "$work/pack.log"
if grep -E ': (warning|error) [A-Z]+[0-9]+' "$work/pack.log"; then fail "pack reported warnings or errors (above)"; fi
[ -n "$(find src/BriData/obj/Release -name Microsoft.NET.ApiCompat.ValidatePackage.semaphore 2>/dev/null)" ] \
  || fail "package validation did not run (no ValidatePackage semaphore)"
echo "package validation: ran (compatible frameworks and layout; baseline: ${BRIDATA_BASELINE_NUPKG:-none})"

nupkg=$(find "$out" -maxdepth 1 -name 'BriData.*.nupkg' ! -name '*.symbols.nupkg' | head -n1)
snupkg=$(find "$out" -maxdepth 1 -name 'BriData.*.snupkg' | head -n1)
[ -n "$nupkg" ] || fail "no .nupkg in $out"
[ -n "$snupkg" ] || fail "no .snupkg in $out (symbols package)"
version=$(basename "$nupkg" .nupkg); version=${version#BriData.}
echo "package BriData $version, data release $data_version"

step "package contents"
need_debian unzip unzip
unzip -Z1 "$nupkg" | sort > "$work/nupkg.txt"
cat "$work/nupkg.txt"
for entry in PACKAGE-README.md LICENSE DATA-LICENSES.md CITATION.cff CHANGELOG.md icon.png BriData.nuspec \
             lib/net10.0/BriData.dll lib/net10.0/BriData.xml; do
  grep -qx "$entry" "$work/nupkg.txt" || fail "$entry is missing from $(basename "$nupkg")"
done
unzip -p "$nupkg" BriData.nuspec > "$work/BriData.nuspec"
for element in '<readme>PACKAGE-README.md</readme>' '<icon>icon.png</icon>' '<license type="expression">MIT</license>' \
               '<releaseNotes>' '<projectUrl>' '<repository type="git"' '<tags>' '<description>'; do
  grep -qF "$element" "$work/BriData.nuspec" || fail "nuspec lacks $element"
done
grep -qF "data release $data_version" "$work/BriData.nuspec" || fail "nuspec does not name data release $data_version"
grep -qF "**$data_version**" <(unzip -p "$nupkg" PACKAGE-README.md) || fail "PACKAGE-README.md does not name data release $data_version"
grep -qF "**$version**" <(unzip -p "$nupkg" PACKAGE-README.md) || fail "PACKAGE-README.md does not name package version $version"
if grep -q 'commit="' "$work/BriData.nuspec"; then
  echo "nuspec repository: $(grep -o '<repository[^>]*>' "$work/BriData.nuspec")"
fi
# The data is embedded in the assembly: every file of the manifest is a resource, and the manifest itself is there.
unzip -p "$nupkg" lib/net10.0/BriData.dll > "$work/BriData.dll"
for file in manifest.json $(sed -n 's/.*"file"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$manifest"); do
  grep -aqF "BriData.Data.$file" "$work/BriData.dll" || fail "embedded resource BriData.Data.$file is missing from the assembly"
done
grep -aqF "\"dataVersion\": \"$data_version\"" "$work/BriData.dll" || fail "the embedded manifest is not data release $data_version"
echo "embedded data: manifest.json and $(grep -c '"file"' "$manifest") set files"
unzip -Z1 "$snupkg" > "$work/snupkg.txt"
grep -qx 'lib/net10.0/BriData.pdb' "$work/snupkg.txt" || fail "the .snupkg has no lib/net10.0/BriData.pdb"
unzip -p "$snupkg" lib/net10.0/BriData.pdb > "$work/BriData.pdb"
head -c 4 "$work/BriData.pdb" | grep -q 'BSJB' || fail "BriData.pdb is not a portable PDB"
commit=$(grep -o 'commit="[0-9a-f]*"' "$work/BriData.nuspec" | sed 's/commit="\(.*\)"/\1/' || true)
if [ -n "$commit" ]; then
  # SourceLink: the PDB maps every source file to the canonical repository at the commit built.
  grep -aqF "https://raw.githubusercontent.com/bridata/bridata/$commit/*" "$work/BriData.pdb" \
    || fail "the PDB has no SourceLink mapping to commit $commit"
  grep -aqF '"/_/*"' "$work/BriData.pdb" || fail "the PDB paths are not deterministic (/_/): ContinuousIntegrationBuild was off"
  echo "SourceLink: /_/* -> https://raw.githubusercontent.com/bridata/bridata/$commit/* (deterministic paths)"
else
  echo "SourceLink: not checked (the build is not in a git clone, so no commit is known)"
fi
nupkg_bytes=$(stat -c %s "$nupkg"); snupkg_bytes=$(stat -c %s "$snupkg")
echo "sizes: $(basename "$nupkg") $nupkg_bytes bytes; $(basename "$snupkg") $snupkg_bytes bytes"

step "a consumer's first five minutes: fresh console project, package from a local folder feed"
feed="$work/feed"; mkdir -p "$feed"; cp "$nupkg" "$feed/"
cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local"><package pattern="BriData" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
EOF
# A private package folder: never a BriData of the same version cached by an earlier run.
export NUGET_PACKAGES="$work/nuget-packages"
consumer="$work/consumer"
(cd "$work" && dotnet new console -o consumer -n Consumer --framework net10.0 >/dev/null)
(cd "$consumer" && dotnet add package BriData --version "$version")
grep -q "Include=\"BriData\" Version=\"$version\"" "$consumer/Consumer.csproj" || fail "dotnet add package did not reference BriData $version"
[ -d "$NUGET_PACKAGES/bridata/$version" ] || fail "BriData $version was not restored from the local feed"

extract_example() { # extract_example README: the ```csharp block after the usage-example marker, else the first one
  local marked=1
  grep -q '<!-- usage-example' "$1" || marked=0
  awk -v marked="$marked" '/<!-- usage-example/ {m=1} (m || !marked) && /^```csharp/ {c=1; next} c && /^```/ {exit} c {print}' "$1"
}
run_example() { # run_example README EXPECTED-LINE...
  local readme=$1; shift
  extract_example "$readme" > "$consumer/Program.cs"
  [ -s "$consumer/Program.cs" ] || fail "no usage example (a csharp code block) in $readme"
  echo "--- $readme usage example:"; cat "$consumer/Program.cs"
  dotnet build "$consumer" -c Release -warnaserror -p:TreatWarningsAsErrors=true -p:NuGetAudit=true -p:NuGetAuditMode=all \
    2>&1 | tee "$work/consumer-build.log" | tail -n 3
  grep -q 'Build succeeded' "$work/consumer-build.log" || { cat "$work/consumer-build.log"; fail "the $readme example does not build against the package"; }
  dotnet "$consumer/bin/Release/net10.0/Consumer.dll" > "$work/consumer.out" || { cat "$work/consumer.out"; fail "the $readme example failed"; }
  echo "--- output:"; head -n 5 "$work/consumer.out"; echo "($(wc -l < "$work/consumer.out") lines)"
  local expected
  for expected in "$@"; do
    grep -qF -- "$expected" "$work/consumer.out" || fail "the $readme example's output lacks: $expected"
  done
}
run_example README.md "Peru (PER), data release $data_version" "Chancay Port (PER, port, operational)" "Peru: 28.3 % of exports to China in 2020" "#1 country BRA: USD "
run_example src/BriData/PACKAGE-README.md "Peru (PER): BriData $version (data release $data_version of " "[sources: "

step "ReadyToRun: the package's precompiled image of this platform is the one a portable app loads (issue 15)"
for rid in $(sed -n 's/.*<BriDataReadyToRunRuntimes[^>]*>\([^<]*\)<.*/\1/p' src/BriData/BriData.csproj | tr ';' ' '); do
  grep -qx "runtimes/$rid/lib/net10.0/BriData.dll" "$work/nupkg.txt" || fail "the package has no ReadyToRun image for $rid"
done
cat > "$consumer/Program.cs" <<'EOF'
using System.Reflection.PortableExecutable;
var assembly = typeof(BriData.BriDataset).Assembly;
using var pe = new PEReader(File.OpenRead(assembly.Location));
Console.WriteLine($"location: {assembly.Location}");
Console.WriteLine($"readytorun: {pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0}");
Console.WriteLine($"version: {BriData.BriDataInfo.PackageVersion}");
Console.WriteLine($"countries: {BriData.BriDataset.Default.Countries.Count}");
EOF
dotnet build "$consumer" -c Release -warnaserror 2>&1 | tail -n 2
dotnet "$consumer/bin/Release/net10.0/Consumer.dll" | tee "$work/r2r.out"
case "$(uname -m)" in x86_64) this_rid=linux-x64 ;; *) this_rid="" ;; esac
if [ -n "$this_rid" ]; then
  grep -qF "runtimes/$this_rid/lib/net10.0/BriData.dll" "$work/r2r.out" || fail "the app did not load the $this_rid ReadyToRun image"
  grep -qx "readytorun: True" "$work/r2r.out" || fail "the $this_rid image is not ReadyToRun"
fi
grep -qF "version: $version" "$work/r2r.out" || fail "the loaded image is not package version $version (the images must be one build)"
countries=$(grep -A3 '"name": "countries"' "$manifest" | sed -n 's/.*"count": *\([0-9]*\).*/\1/p')
grep -qx "countries: $countries" "$work/r2r.out" || fail "the ReadyToRun image does not read the embedded data ($countries countries)"
unset NUGET_PACKAGES

step "native AOT: publish tests/BriData.AotSmoke with zero trim/AOT warnings, then run it"
need_debian clang clang
need_debian /usr/include/zlib.h zlib1g-dev
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64) rid=linux-arm64 ;;
  *) fail "no native AOT RID for $(uname -m)" ;;
esac
aot_out=artifacts/aot
rm -rf "$aot_out"
dotnet publish tests/BriData.AotSmoke/BriData.AotSmoke.csproj -c Release -r "$rid" -o "$aot_out" \
  -p:TreatWarningsAsErrors=true 2>&1 | tee "$work/aot.log"
if grep -E '(warning|error) IL[0-9]{4}|AOT analysis|Trim analysis' "$work/aot.log"; then
  fail "trim/AOT warnings (above)"
fi
binary="$aot_out/BriData.AotSmoke"
[ -x "$binary" ] || fail "no native binary at $binary"
"$binary" | tee "$work/aot.out" || fail "the AOT binary failed"
for expected in "versions: package $version, data $data_version" "lookup: Perú -> Peru (PER)" "metric: China's exports (FOB) to " "metric: China's share of Peru's exports in " "validation: 0 problems"; do
  grep -qF -- "$expected" "$work/aot.out" || fail "the AOT binary's output lacks: $expected"
done
aot_bytes=$(stat -c %s "$binary")
mean_ms() { # mean_ms RUNS COMMAND...: mean wall time of a command in milliseconds
  local n=$1; shift; local t0 t1
  "$@" >/dev/null # warm the file cache
  t0=$(date +%s%N); for _ in $(seq "$n"); do "$@" >/dev/null; done; t1=$(date +%s%N)
  echo $(( (t1 - t0) / n / 1000000 ))
}
echo "AOT binary: $aot_bytes bytes; mean wall time over 10 runs: $(mean_ms 10 "$binary" --lookup-only) ms to a first lookup (start, manifest, countries), $(mean_ms 10 "$binary") ms for the full run (every set parsed and validated)"

step "NuGetAudit: no known vulnerable package, direct or transitive"
dotnet restore BriData.sln -p:NuGetAudit=true -p:NuGetAuditMode=all > "$work/restore.log" 2>&1 || { cat "$work/restore.log"; fail "restore failed"; }
if grep -E 'warning NU190[1-4]' "$work/restore.log"; then fail "restore reported a known vulnerable package (above)"; fi
dotnet list BriData.sln package --vulnerable --include-transitive 2>&1 | tee "$work/audit.log"
if grep -qiE 'has the following vulnerable packages' "$work/audit.log"; then
  fail "a package with a known vulnerability is referenced (above)"
fi
grep -qiE 'no vulnerable packages' "$work/audit.log" || fail "the vulnerability audit did not report a clean result"

step "done"
echo "summary: BriData $version (data $data_version); nupkg $nupkg_bytes B, snupkg $snupkg_bytes B; AOT binary $aot_bytes B"
