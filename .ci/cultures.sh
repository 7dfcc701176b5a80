#!/usr/bin/env bash
# Culture independence (issues 8 and 14): the whole test suite under tr-TR, de-DE, ar-SA, zh-CN and th-TH current
# cultures, name folding and search under invariant globalization, and the
# DataBuilder's output byte-identical across two runs and across cultures. Runs from the repository root.
# The culture is set the way a user's machine sets it (LANG and LC_ALL, which .NET reads through ICU);
# BRIDATA_TEST_CULTURE tells GlobalSafetyTests which culture to expect, so a run that silently stayed in the
# invariant culture fails. ICU must be present (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false): installed if missing.
source "$(dirname "$0")/common.sh"
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false

if ! ldconfig -p | grep -q 'libicuuc\.so'; then
  echo "ICU (libicu) not found: installing it"
  package="$(apt-cache search --names-only '^libicu[0-9]+$' 2>/dev/null | awk '{print $1}' | sort -V | tail -1)"
  if [ -z "$package" ]; then
    apt-get update -qq
    package="$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -1)"
  fi
  apt-get install -y -qq --no-install-recommends "$package"
fi

cultures=(tr_TR:tr-TR de_DE:de-DE ar_SA:ar-SA zh_CN:zh-CN th_TH:th-TH)

echo "=== build (Release)"
dotnet build BriData.sln -c Release -v q -nologo

failed=()
for pair in "${cultures[@]}"; do
  locale="${pair%%:*}"; culture="${pair##*:}"
  echo "=== tests under $culture"
  LANG="$locale.UTF-8" LC_ALL="$locale.UTF-8" BRIDATA_TEST_CULTURE="$culture" \
    timeout 1800 dotnet test --solution BriData.sln -c Release --no-build || failed+=("$culture")
done
# Invariant globalization (no ICU, as AOT and container apps often run; issue 14, fault 7): name folding, country
# resolution and search must give the same answers. Only those tests: others create named cultures on purpose.
echo "=== name folding and search under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1"
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 timeout 1800 dotnet test --project tests/BriData.Tests -c Release --no-build -- \
  --filter-class '*HostileArgumentTests' --filter-class '*CountryResolution*' --filter-class '*RecordSearch*' || failed+=("invariant globalization")
if [ "${#failed[@]}" -gt 0 ]; then
  echo "cultures.sh: FAIL: the test suite failed under: ${failed[*]}" >&2
  exit 1
fi

echo "=== DataBuilder: byte-identical output across runs and cultures"
if [ ! -d ../shared/sources ]; then
  echo "../shared/sources not found: cannot run the DataBuilder" >&2
  exit 1
fi
ci_work_dir cultures
run_builder() { # $1 = output folder, $2 = locale or empty for the invariant culture
  if [ -n "$2" ]; then
    LANG="$2.UTF-8" LC_ALL="$2.UTF-8" dotnet run --project tools/BriData.DataBuilder -c Release --no-build -- --out "$1" > "$1.log"
  else
    LANG=C.UTF-8 LC_ALL=C.UTF-8 dotnet run --project tools/BriData.DataBuilder -c Release --no-build -- --out "$1" > "$1.log"
  fi
}
run_builder "$work/invariant" ""
run_builder "$work/invariant-again" ""
diff -r "$work/invariant" "$work/invariant-again"
for pair in "${cultures[@]}"; do
  locale="${pair%%:*}"
  run_builder "$work/$locale" "$locale"
  diff -r "$work/invariant" "$work/$locale"
done
echo "DataBuilder output is byte-identical across 2 runs and ${#cultures[@]} cultures ($(ls "$work/invariant" | wc -l) files)."
