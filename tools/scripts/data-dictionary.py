#!/usr/bin/env python3
"""Writes docs/data-dictionary.md from the XML doc comments of the record types (src/BriData/Sets/<Set>/, src/BriData/Model) (run from the repo root).

The model's doc comments are the single place where each field's meaning and unit are written; this script
turns them into a table per record type, with the JSON name, the type and the upstream source.
"""
import re, pathlib

LIBRARY = pathlib.Path("src/BriData")

def type_file(name):
    """The one file that defines a type: src/BriData/**/<name>.cs."""
    found = [f for f in LIBRARY.rglob(f"{name}.cs") if "/obj/" not in f.as_posix() and "/bin/" not in f.as_posix()]
    if len(found) != 1:
        raise SystemExit(f"data-dictionary.py: expected one {name}.cs under {LIBRARY}, found {len(found)}")
    return found[0]

SOURCES = {
    "Country": "un-m49-country-codes (codes, regions, capital, currency), mledoze-countries (names, aliases), stefangabos-world-countries (es/pt/zh names); aliases also from the IMF, World Bank, AidData and AEI files",
    "LocalizedNames": "stefangabos-world-countries (es, pt, zh), mledoze-countries (English common name)",
    "PolicyEvent": "prc-diplomatic-relations, bri-cooperation-documents, china-lac-fta, aiib-membership, china-celac-forum; each row's page as a web source",
    "AlternativeDate": "pages named in the event files' notes (data/curated/event-annotations.json)",
    "TradeRecord": "imf-dots-annual (IMF Direction of Trade Statistics)",
    "CountryYearIndicators": "wb-population (SP.POP.TOTL), wb-gdp (NY.GDP.MKTP.CD)",
    "FinanceRecord": "aiddata-gcdf3: geogcdf3_final_input_lac.csv; flow/intent/agency fields from gcdf3_df_filtered_lac.csv; aggregation safety from gcdf3_text_lac.csv",
    "InvestmentRecord": "aei-cgit: cgit_2021fall_combined.csv; kind from the 2019 Fall split files; troubled rows from cgit_2019fall_troubled.csv",
    "FlagshipProject": "data/curated/projects.json (each fact with its page in sources-projects.json)",
    "ProjectMilestone": "data/curated/projects.json", "ProjectMeasure": "data/curated/projects.json", "ProjectCost": "data/curated/projects.json",
    "Initiative": "data/curated/initiatives.json", "TradeHighlight": "data/curated/trade-highlights.json",
    "Claim": "data/curated/claims.json (seed article and second sources), china-lac-trade-figures-news",
    "ClaimQuantity": "as Claim",
    "PublishedFigure": "data/curated/published-figures.json (each figure with the page that publishes it)",
    "AidDataCountryYear": "aiddata-gcdf3-country-year (a third party's aggregation of AidData's GCDF 3.0 workbook, cross-checked against the records)",
    "Source": "tools/BriData.DataBuilder/DatasetSources.cs (upstream files), data/curated/sources*.json (pages), one web source per page cited by the hand-built event files",
    "Money": "the record that holds it", "PartialDate": "the record that holds it", "CountryCode": "the record that holds it",
}
# Declared coverage: derived from the records when the dataset is opened (data.Coverage), not a data file.
COVERAGE_TYPES = ["SetCoverage", "CoverageGap"]
SOURCES["SetCoverage"] = "derived from the records of each set (years, states, series, gaps) and the source limits in docs/data-policy.md"
SOURCES["CoverageGap"] = "as SetCoverage"
ORDER = ["Country", "LocalizedNames", "PolicyEvent", "AlternativeDate", "TradeRecord", "CountryYearIndicators", "FinanceRecord",
         "InvestmentRecord", "FlagshipProject", "ProjectMilestone", "ProjectMeasure", "ProjectCost", "Initiative",
         "TradeHighlight", "Claim", "ClaimQuantity", "PublishedFigure", "AidDataCountryYear", "Source", "Money"]

def clean(text):
    text = re.sub(r'<see cref="([^"]+)"\s*/>', lambda m: "`" + m.group(1).split(".")[-1] + "`", text)
    text = re.sub(r"<c>(.*?)</c>", r"`\1`", text)
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(text.split())

def camel(name):
    return name[0].lower() + name[1:]

out = ["# Data dictionary", "",
       "Generated from the model's documentation by `tools/scripts/data-dictionary.py`; the JSON name is the",
       "property name in the data files (`src/BriData/Data/<set>.json`, each `{ formatVersion, set, records }`).",
       "Computed properties (not in the files) are marked *computed*. Missing values are `null`, never zero.", "",
       "Value types: `CountryCode` is written as its alpha-3 string; `MeasureUnit` as its symbol, a string of the",
       "closed list of units (for example `km`, `USD`; another unit is refused at load); `PartialDate` as `YYYY`, `YYYY-MM` or",
       "`YYYY-MM-DD`; `Money` as `{ amountUsd, basis, priceYear }` (plain US dollars; `NominalUsd` with the year of",
       "the dollars, or `ConstantUsd2021`); enums as their names.", "",
       "Every record also has `sourceIds`: the ids of the `Source` records its facts come from (never empty).", ""]
for name in ORDER + COVERAGE_TYPES:
    path = type_file(name)
    if name == COVERAGE_TYPES[0]:
        out += ["# Declared coverage", "",
                "`data.Coverage` (`DataCoverage`) holds one `SetCoverage` per set: trade, indicators, finance,",
                "aiddata-country-years, investments, and events (`Recognition`: diplomatic recognition from 1949 to the",
                "release year; its gaps are the state-years whose recognition is Unknown). It is computed from the records",
                "when first asked for, not read from a file; the names below are the properties. A question about a year",
                "outside a set's coverage throws `YearNotCoveredException`, whose message names the set and its years.", ""]
    src = path.read_text(encoding="utf-8")
    head = src[:re.search(r"public (?:sealed |readonly )*(?:partial )?(?:record|class|struct) ", src).start()]
    type_doc = re.search(r"/// <summary>(.*?)</summary>", head, re.S)
    out += [f"## {name}", "", clean(type_doc.group(1).replace("///", "")) if type_doc else "", "", f"Source: {SOURCES.get(name, '')}", "",
            "| JSON name | Type | Meaning (unit, edge cases) |", "|---|---|---|"]
    if name in ("ClaimQuantity", "CoverageGap"):
        for p in re.finditer(r'<param name="(\w+)">(.*?)</param>', src, re.S):
            out.append(f"| `{camel(p.group(1))}` | | {clean(p.group(2))} |")
    # Stored members: public properties, and internal ones the JSON includes (a stored number whose public face is
    # a typed computed member, such as TradeRecord.ValueUsdMillions behind Value); the JSON name may be explicit.
    for m in re.finditer(r"/// <summary>((?:(?!</summary>).)*)</summary>\n((?:\s*\[[^\]\n]*\]\n)*)\s*(public|internal) (?:required )?([\w<>?, \[\]]+?) (\w+) \{ get;", src, re.S):
        doc, attrs, access, typ, prop = m.group(1).replace("///", ""), m.group(2), m.group(3), m.group(4), m.group(5)
        if access == "internal" and "JsonInclude" not in attrs:
            continue
        explicit = re.search(r'JsonPropertyName\("(\w+)"\)', attrs)
        out.append(f"| `{explicit.group(1) if explicit else camel(prop)}` | `{typ}` | {clean(doc)} |")
    for m in re.finditer(r"/// <summary>((?:(?!</summary>).)*)</summary>\n((?:\s*\[[^\]\n]*\]\n)*)\s*public ([\w<>?, \[\]]+?) (\w+) =>", src, re.S):
        out.append(f"| *computed* `{m.group(4)}` | `{m.group(3)}` | {clean(m.group(1).replace('///', ''))} |")
    out.append("")
pathlib.Path("docs/data-dictionary.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print("wrote docs/data-dictionary.md")
