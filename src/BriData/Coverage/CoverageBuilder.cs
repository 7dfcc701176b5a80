using BriData.Loading;

namespace BriData;

/// <summary>
/// Derives each set's <see cref="SetCoverage"/> from its records (years, states, series, gaps) and adds the limits
/// of the sources that docs/data-policy.md states (<see cref="Documented"/>; a test checks the page names each).
/// </summary>
internal static class CoverageBuilder
{
    /// <summary>The source limits stated in docs/data-policy.md, "Coverage and known gaps", word for word.</summary>
    internal static class Documented
    {
        public const string TradeProvisional2020 = "2020 partner-reported values look provisional for some reporters (kept as published).";
        public const string FinanceGeolocatedOnly = "AidData's geolocated subset misses records without geographic features (e.g. the Bogotá Metro bridge loan, which is only in the unverified candidates file and is therefore not shipped); AidDataCountryYears holds AidData's complete totals.";
        public const string InvestmentThreshold = "AEI's threshold is about USD 100 million; smaller deals are absent.";

        public static IReadOnlyList<string> All => [TradeProvisional2020, FinanceGeolocatedOnly, InvestmentThreshold];
    }

    private static readonly (string Label, bool ChinaReports, bool World, TradeFlow Flow)[] TradeSeries =
    [
        ("partner-reported exports FOB to China", false, false, TradeFlow.ExportsFob),
        ("partner-reported imports CIF from China", false, false, TradeFlow.ImportsCif),
        ("China-reported imports CIF from the state", true, false, TradeFlow.ImportsCif),
        ("China-reported exports FOB to the state", true, false, TradeFlow.ExportsFob),
        ("partner-reported exports FOB to the World", false, true, TradeFlow.ExportsFob),
        ("partner-reported imports CIF from the World", false, true, TradeFlow.ImportsCif),
    ];

    public static SetCoverage Trade(BriDataset data)
    {
        var records = data.Trade;
        var (first, last) = YearRange(records, t => t.Year);
        var lac = data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).ToArray();
        var lacSet = lac.ToHashSet();
        var states = records.SelectMany(t => new[] { t.Reporter, t.Partner }).Where(lacSet.Contains).Distinct().Order().ToArray();
        // One pass: the years held per series and state.
        var held = new Dictionary<(int Series, CountryCode State), HashSet<int>>();
        foreach (var t in records)
        {
            for (var i = 0; i < TradeSeries.Length; i++)
            {
                if (Matches(t, TradeSeries[i], out var st, lacSet))
                {
                    if (!held.TryGetValue((i, st), out var set))
                    {
                        held[(i, st)] = set = [];
                    }

                    set.Add(t.Year);
                }
            }
        }

        var present = Enumerable.Range(0, TradeSeries.Length).Where(i => held.Keys.Any(k => k.Series == i)).Select(i => TradeSeries[i]).ToArray();
        var gaps = new List<CoverageGap>();
        if (first is int from && last is int to)
        {
            foreach (var state in lac)
            {
                foreach (var s in present)
                {
                    var years = held.GetValueOrDefault((Array.IndexOf(TradeSeries, s), state)) ?? [];
                    foreach (var (a, b) in MissingRuns(years, from, to))
                    {
                        gaps.Add(new CoverageGap(DataSetName.Trade, state, s.Label, a, b, "no record in the trade set (IMF DOTS has no value for these years)"));
                    }
                }
            }

            if (from <= 2020 && to >= 2020)
            {
                gaps.Add(new CoverageGap(DataSetName.Trade, null, "partner-reported", 2020, 2020, Documented.TradeProvisional2020));
            }
        }

        return new SetCoverage
        {
            Set = DataSetName.Trade,
            FirstYear = first,
            LastYear = last,
            States = states,
            Series = present.Select(s => s.Label).ToArray(),
            KnownGaps = gaps.ToArray(),
            PublishedFiguresThrough = PublishedAfter(data, last, PublishedIndicator.TotalTrade, PublishedIndicator.ExportsFromChina, PublishedIndicator.ExportsToChina, PublishedIndicator.TradePartnerRank),
        };
    }

    /// <summary>The first year the recognition history covers: the founding of the PRC.</summary>
    public const int FirstRecognitionYear = 1949;

    /// <summary>
    /// Diplomatic recognition (events): 1949 to the release year, every state; a gap is a run of years in which the
    /// state's recognition (PRC or Taipei) is <see cref="DiplomaticRecognition.Unknown"/> on 1 January, that is before
    /// the first dated relations event the data holds for it (often before independence).
    /// </summary>
    public static SetCoverage Recognition(BriDataset data)
    {
        var last = data.Released.Year;
        var lac = data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).ToArray();
        var gaps = new List<CoverageGap>();
        foreach (var state in lac)
        {
            var known = new HashSet<int>();
            for (var year = FirstRecognitionYear; year <= last; year++)
            {
                if (data.StatusOf(state, new DateOnly(year, 1, 1)).Recognition != DiplomaticRecognition.Unknown)
                {
                    known.Add(year);
                }
            }

            foreach (var (a, b) in MissingRuns(known, FirstRecognitionYear, last))
            {
                gaps.Add(new CoverageGap(DataSetName.Events, state, RecognitionSeries, a, b,
                    "before the first dated relations event the data holds for the state: before independence, or a start of relations no cited page dates"));
            }
        }

        return new SetCoverage
        {
            Set = DataSetName.Events,
            FirstYear = FirstRecognitionYear,
            LastYear = last,
            States = lac,
            Series = [RecognitionSeries],
            KnownGaps = gaps.ToArray(),
        };
    }

    private const string RecognitionSeries = "diplomatic recognition (PRC or Taipei), on 1 January";

    public static SetCoverage Indicators(BriDataset data)
    {
        var records = data.Indicators;
        var (first, last) = YearRange(records, r => r.Year);
        var lac = data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).ToArray();
        var gaps = new List<CoverageGap>();
        if (first is int from && last is int to)
        {
            foreach (var state in lac)
            {
                var rows = data.Indexes.IndicatorsByCountry[state].ToArray();
                foreach (var (a, b) in MissingRuns(rows.Where(r => r.Population is not null).Select(r => r.Year).ToHashSet(), from, to))
                {
                    gaps.Add(new CoverageGap(DataSetName.Indicators, state, "population", a, b, "no population figure in the World Bank data"));
                }

                foreach (var (a, b) in MissingRuns(rows.Where(r => r.Gdp is not null).Select(r => r.Year).ToHashSet(), from, to))
                {
                    gaps.Add(new CoverageGap(DataSetName.Indicators, state, "GDP (current USD)", a, b, "no GDP figure in the World Bank data"));
                }
            }
        }

        return new SetCoverage
        {
            Set = DataSetName.Indicators,
            FirstYear = first,
            LastYear = last,
            States = LacStates(data, records.Select(r => r.Country)),
            Series = ["population", "GDP (current USD)"],
            KnownGaps = gaps.ToArray(),
        };
    }

    public static SetCoverage Finance(BriDataset data)
    {
        var records = data.Finance;
        var (first, last) = YearRange(records, r => r.CommitmentYear);
        var states = LacStates(data, records.Select(r => r.Recipient));
        var gaps = new List<CoverageGap>();
        if (first is int from && last is int to)
        {
            gaps.AddRange(data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).Except(states).Order()
                .Select(s => new CoverageGap(DataSetName.Finance, s, null, from, to, "no geolocated AidData record for this state")));
            var withoutAmount = records.Count(r => r.Amount is null);
            if (withoutAmount > 0)
            {
                gaps.Add(new CoverageGap(DataSetName.Finance, null, "amount", null, null,
                    DisplayFormat.Count(withoutAmount) + " of " + DisplayFormat.Count(records.Count, "record") + " have no amount: totals count them (RecordsWithoutAmount) and never add them as zero"));
            }

            gaps.Add(new CoverageGap(DataSetName.Finance, null, null, null, null, Documented.FinanceGeolocatedOnly));
        }

        return new SetCoverage
        {
            Set = DataSetName.Finance,
            FirstYear = first,
            LastYear = last,
            States = states,
            Series = ["commitments (constant 2021 USD)"],
            KnownGaps = gaps.ToArray(),
            PublishedFiguresThrough = PublishedAfter(data, last, PublishedIndicator.LoanCommitments, PublishedIndicator.LoanCount),
        };
    }

    public static SetCoverage AidDataCountryYears(BriDataset data)
    {
        var records = data.AidDataCountryYears;
        var (first, last) = YearRange(records, r => r.Year);
        var states = LacStates(data, records.Select(r => r.Country));
        var gaps = first is int from && last is int to
            ? data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).Except(states).Order()
                .Select(s => new CoverageGap(DataSetName.AidDataCountryYears, s, null, from, to, "no AidData commitment to this state in any year")).ToArray()
            : [];
        return new SetCoverage
        {
            Set = DataSetName.AidDataCountryYears,
            FirstYear = first,
            LastYear = last,
            States = states,
            Series = ["ODA-like", "OOF-like", "vague official finance", "ODA-like (adjusted)", "OOF-like (adjusted)", "vague official finance (adjusted)"],
            KnownGaps = gaps,
        };
    }

    public static SetCoverage Investments(BriDataset data)
    {
        var records = data.Investments;
        var (first, last) = YearRange(records, r => r.Date.Year);
        var states = LacStates(data, records.Select(r => r.Country));
        var gaps = new List<CoverageGap>();
        if (first is int from && last is int to)
        {
            gaps.AddRange(data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).Except(states).Order()
                .Select(s => new CoverageGap(DataSetName.Investments, s, null, from, to, "no AEI row for this state")));
            var unknown = records.Where(r => r.Kind == InvestmentKind.Unknown).ToArray();
            if (unknown.Length > 0)
            {
                var usd = Aggregation.Sum(unknown.Select(r => r.Amount.AmountUsd));
                gaps.Add(new CoverageGap(DataSetName.Investments, null, "kind", null, null,
                    DisplayFormat.Count(unknown.Length, "row") + " of kind Unknown (" + DisplayFormat.UsdMillions(usd / 1_000_000m)
                    + " nominal, " + DisplayFormat.Count(unknown.Count(r => r.IsTroubled)) + " of them troubled) are in no investment or construction total; totals by kind report them (UnknownKindExcludedCount)"));
            }

            gaps.Add(new CoverageGap(DataSetName.Investments, null, null, null, null, Documented.InvestmentThreshold));
        }

        return new SetCoverage
        {
            Set = DataSetName.Investments,
            FirstYear = first,
            LastYear = last,
            States = states,
            Series = Enum.GetValues<InvestmentKind>().Where(k => records.Any(r => r.Kind == k)).Select(k => DisplayFormat.Words(k)).ToArray(),
            KnownGaps = gaps.ToArray(),
        };
    }

    /// <summary>The trade record belongs to series <paramref name="s"/>; <paramref name="state"/> is its Latin American or Caribbean side.</summary>
    private static bool Matches(TradeRecord t, (string Label, bool ChinaReports, bool World, TradeFlow Flow) s, out CountryCode state, HashSet<CountryCode> lac)
    {
        state = s.ChinaReports ? t.Partner : t.Reporter;
        if (t.Flow != s.Flow || !lac.Contains(state))
        {
            return false;
        }

        return s.ChinaReports
            ? t.Reporter == CountryCode.China
            : t.Partner == (s.World ? CountryCode.World : CountryCode.China);
    }

    internal static YearBounds YearRange<T>(IEnumerable<T> records, Func<T, int> yearOf)
    {
        int? first = null, last = null;
        foreach (var record in records)
        {
            var y = yearOf(record);
            first = first is int f && f <= y ? f : y;
            last = last is int l && l >= y ? l : y;
        }

        return new YearBounds(first, last);
    }

    /// <summary>The runs of years from <paramref name="from"/> to <paramref name="to"/> not in <paramref name="present"/>.</summary>
    private static IEnumerable<(int From, int To)> MissingRuns(HashSet<int> present, int from, int to)
    {
        int? start = null;
        for (var y = from; y <= to + 1; y++)
        {
            var missing = y <= to && !present.Contains(y);
            if (missing && start is null)
            {
                start = y;
            }
            else if (!missing && start is int s)
            {
                yield return (s, y - 1);
                start = null;
            }
        }
    }

    private static CountryCode[] LacStates(BriDataset data, IEnumerable<CountryCode> codes)
    {
        var lac = data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code).ToHashSet();
        return codes.Where(lac.Contains).Distinct().Order().ToArray();
    }

    /// <summary>The last year of the published figures of <paramref name="indicators"/> that end after <paramref name="last"/>; null when none do.</summary>
    private static int? PublishedAfter(BriDataset data, int? last, params PublishedIndicator[] indicators)
    {
        if (last is not int l)
        {
            return null;
        }

        var years = data.PublishedFigures.Where(p => indicators.Contains(p.Indicator) && p.PeriodEnd.Year > l).Select(p => p.PeriodEnd.Year).ToArray();
        return years.Length == 0 ? null : years.Max();
    }
}
