using System.Globalization;
using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// Tells each row of AEI's 2021 Fall combined sheet as investment or construction (docs/data-policy.md, "AEI").
/// <list type="number">
/// <item>Counterparts in the 2019 Fall split files, paired one to one over the whole (global) sheet in tiers, each
/// tier pairing only rows that are each other's only candidate: same year and country, then month + amount +
/// investor, month + amount, month + investor + sector, amount + investor + sector, investor + sector + party.</item>
/// <item>Row order: the combined sheet lists, within each month, every investment before every construction contract
/// (no exception in the 204 months of 2005–2019). So a row before an investment of its month is an investment, and a row
/// after a construction contract of its month is construction. Besides the paired rows, these mark a row as an
/// investment: the greenfield flag, a share of 100 %, under 10 % or one per investor; and as construction: a
/// contractor (a construction, engineering or machinery group) with no share, no greenfield flag and no counterpart.</item>
/// </list>
/// A row between conflicting marks, or with no mark after it or before it, stays unknown.
/// </summary>
internal static partial class AeiKindRecovery
{
    [GeneratedRegex(@"Construction|Engineering|Sinohydro|PowerChina|Sinomach|Machinery|Harbin Electric|Dongfang|Gezhouba")]
    private static partial Regex ContractorPattern();

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex WordPattern();

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "china", "chinese", "corp", "corporation", "co", "company", "group", "holding", "holdings", "ltd", "limited", "and", "of", "the", "led", "consortium", "national", "state", "international", "investment", "fund",
    };

    /// <summary>Kind and whether a 2019 Fall counterpart was found, by the combined sheet's record number.</summary>
    public static Dictionary<int, (InvestmentKind Kind, bool Matched)> Recover(IReadOnlyList<CsvRow> combined, IReadOnlyList<CsvRow> investments2019, IReadOnlyList<CsvRow> construction2019, List<string> report)
    {
        var rows = combined.Select(r => Row.From2021(r)).ToList();
        var older = investments2019.Select(r => Row.From2019(r, "Investor", InvestmentKind.Investment))
            .Concat(construction2019.Select(r => Row.From2019(r, "Contractor", InvestmentKind.Construction)))
            .ToList();

        var truth = Pair(rows, older, report);

        // Validate the order rule on the rows whose kind the 2019 files give: infer them from the marks alone.
        var right = 0;
        var wrong = 0;
        var open = 0;
        foreach (var (row, kind) in Infer(rows, new Dictionary<int, InvestmentKind>()))
        {
            if (row.Year <= 2019 && truth.TryGetValue(row.Number, out var actual))
            {
                if (kind == InvestmentKind.Unknown)
                {
                    open++;
                }
                else if (kind == actual)
                {
                    right++;
                }
                else
                {
                    wrong++;
                }
            }
        }

        report.Add($"investments: the order rule alone, on the {right + wrong + open} rows the 2019 files tell: {right} right, {wrong} wrong, {open} left unknown");

        var result = new Dictionary<int, (InvestmentKind, bool)>();
        foreach (var (row, kind) in Infer(rows, truth))
        {
            result[row.Number] = truth.TryGetValue(row.Number, out var known) ? (known, true) : (kind, false);
        }

        return result;
    }

    private static Dictionary<int, InvestmentKind> Pair(List<Row> rows, List<Row> older, List<string> report)
    {
        var tiers = new (string Name, Func<Row, Row, bool> Same)[]
        {
            ("month, amount and investor", (a, b) => a.Month == b.Month && a.Amount == b.Amount && SameInvestor(a, b)),
            ("month and amount", (a, b) => a.Month == b.Month && a.Amount == b.Amount),
            ("month, investor and sector", (a, b) => a.Month == b.Month && SameInvestor(a, b) && a.Sector == b.Sector),
            ("amount, investor and sector", (a, b) => a.Amount == b.Amount && SameInvestor(a, b) && a.Sector == b.Sector),
            ("investor, sector and party", (a, b) => SameInvestor(a, b) && a.Sector == b.Sector && a.Party.Length > 0 && a.Party == b.Party),
        };

        var byYearCountry = older.ToLookup(o => (o.Year, o.Country));
        var pairedOld = new HashSet<Row>();
        var truth = new Dictionary<int, InvestmentKind>();
        var counts = new int[tiers.Length];
        var pairedInPass = true;
        while (pairedInPass)
        {
            // A pairing can leave a rival row alone with its counterpart: pass over the tiers again until none pairs.
            pairedInPass = false;
            for (var t = 0; t < tiers.Length; t++)
            {
                var same = tiers[t].Same;
                var found = new List<(Row New, Row Old)>();
                foreach (var row in rows.Where(r => !truth.ContainsKey(r.Number)))
                {
                    var candidates = byYearCountry[(row.Year, row.Country)].Where(o => !pairedOld.Contains(o) && same(row, o)).Take(2).ToList();
                    if (candidates.Count != 1)
                    {
                        continue;
                    }

                    var old = candidates[0];
                    var rivals = rows.Count(r => !truth.ContainsKey(r.Number) && r.Year == old.Year && r.Country == old.Country && same(r, old));
                    if (rivals == 1)
                    {
                        found.Add((row, old));
                    }
                }

                foreach (var (row, old) in found)
                {
                    truth[row.Number] = old.Kind;
                    pairedOld.Add(old);
                }

                counts[t] += found.Count;
                pairedInPass |= found.Count > 0;
            }
        }

        report.Add($"investments: 2021 Fall rows paired with a 2019 Fall counterpart (all regions): {string.Join(", ", tiers.Select((tier, t) => $"{counts[t]} by {tier.Name}"))}");
        return truth;
    }

    /// <summary>The kind each row gets from the order rule, with <paramref name="known"/> kinds and the marks as anchors.</summary>
    private static IEnumerable<(Row Row, InvestmentKind Kind)> Infer(List<Row> rows, Dictionary<int, InvestmentKind> known)
    {
        foreach (var month in rows.GroupBy(r => (r.Year, r.Month)))
        {
            var list = month.OrderBy(r => r.Number).ToList();
            var marks = list.Select(r => known.TryGetValue(r.Number, out var k) ? k : Mark(r)).ToList();
            var lastInvestment = marks.FindLastIndex(k => k == InvestmentKind.Investment);
            var firstConstruction = marks.FindIndex(k => k == InvestmentKind.Construction);
            if (firstConstruction < 0)
            {
                firstConstruction = int.MaxValue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                var kind = i <= lastInvestment && i < firstConstruction ? InvestmentKind.Investment
                    : i >= firstConstruction && i > lastInvestment ? InvestmentKind.Construction
                    : InvestmentKind.Unknown;
                yield return (list[i], kind);
            }
        }
    }

    /// <summary>What the row itself says: investment, construction or nothing (Unknown).</summary>
    private static InvestmentKind Mark(Row r)
    {
        if (r.IsGreenfield || r.Shares.Count > 1 || (r.Shares.Count == 1 && (r.Shares[0] >= 100 || r.Shares[0] < 10)))
        {
            return InvestmentKind.Investment;
        }

        return r.Shares.Count == 0 && ContractorPattern().IsMatch(r.Investor) ? InvestmentKind.Construction : InvestmentKind.Unknown;
    }

    /// <summary>
    /// The first firms named agree: every distinctive word of one is in the other ("Three Gorges" and "China Three Gorges"),
    /// or one is the other's bracketed short name or initials ("Sinopec", "ICBC").
    /// </summary>
    private static bool SameInvestor(Row a, Row b)
    {
        var x = a.InvestorWords;
        var y = b.InvestorWords;
        return (x.Count > 0 && y.Count > 0 && (x.IsSubsetOf(y) || y.IsSubsetOf(x)))
            || a.InvestorNames.Overlaps(b.InvestorNames);
    }

    private sealed class Row
    {
        public required int Number { get; init; }

        public required int Year { get; init; }

        public required int Month { get; init; }

        public required string Country { get; init; }

        public required decimal Amount { get; init; }

        public required string Investor { get; init; }

        public required string Sector { get; init; }

        public required string Party { get; init; }

        public required bool IsGreenfield { get; init; }

        public required IReadOnlyList<decimal> Shares { get; init; }

        public InvestmentKind Kind { get; init; }

        public required HashSet<string> InvestorWords { get; init; }

        /// <summary>Short names of the first firm: itself folded, its bracketed name, its initials.</summary>
        public required HashSet<string> InvestorNames { get; init; }

        public static Row From2021(CsvRow r) => Create(r, "Investor", Amount2021(r), InvestmentKind.Unknown);

        public static Row From2019(CsvRow r, string entityColumn, InvestmentKind kind) => Create(r, entityColumn, Parse.Decimal(r, "Quantity in Millions"), kind);

        private static Row Create(CsvRow r, string entityColumn, decimal amount, InvestmentKind kind)
        {
            var investor = r[entityColumn].Trim();
            var first = investor.Split(',')[0].Trim();
            var words = WordPattern().Matches(first).Select(m => m.Value.ToLowerInvariant()).ToList();
            var names = new HashSet<string>(StringComparer.Ordinal) { string.Concat(words) };
            var open = first.IndexOf('(', StringComparison.Ordinal);
            if (open >= 0)
            {
                names.Add(string.Concat(WordPattern().Matches(first[open..]).Select(m => m.Value.ToLowerInvariant())));
                words = WordPattern().Matches(first[..open]).Select(m => m.Value.ToLowerInvariant()).ToList();
            }

            var initials = string.Concat(words.Where(w => w is not ("and" or "of" or "the")).Select(w => w[0]));
            if (initials.Length >= 3)
            {
                names.Add(initials);
            }

            return new Row
            {
                Number = r.Number,
                Year = Parse.Int(r, "Year"),
                Month = Parse.Month(r, "Month"),
                Country = r["Country"].Trim(),
                Amount = amount,
                Investor = investor,
                Sector = r["Sector"].Trim(),
                Party = r.Optional("Transaction Party") ?? string.Empty,
                IsGreenfield = entityColumn != "Contractor" && r.Optional("Greenfield") == "G",
                Shares = ParseShares(r.Optional("Share Size")),
                Kind = kind,
                InvestorWords = words.Where(w => !GenericWords.Contains(w)).ToHashSet(StringComparer.Ordinal),
                InvestorNames = names,
            };
        }

        private static decimal Amount2021(CsvRow r)
        {
            var text = r["Quantity in Millions"].Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
            return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        /// <summary>Shares as percentages; the 2019 files also write fractions ("0.6" = 60 %).</summary>
        private static List<decimal> ParseShares(string? text)
        {
            var result = new List<decimal>();
            foreach (var part in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (decimal.TryParse(part.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    result.Add(!part.EndsWith('%') && v <= 1 && !text!.Contains('%', StringComparison.Ordinal) ? v * 100 : v);
                }
            }

            return result;
        }
    }
}
