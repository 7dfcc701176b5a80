using BriData.Loading.Embedded;

namespace BriData;

/// <summary>
/// Trade metrics for a Latin American or Caribbean state and China, with the reporter always explicit
/// (<see cref="TradeReporter"/>). Amounts are <see cref="Money"/>, nominal USD of the year (IMF DOTS reports millions); shares are percent.
/// Missing values stay null. Formulas in docs/metrics.md.
/// </summary>
public static class TradeMetrics
{
    /// <summary>
    /// The state's goods trade with China in <paramref name="year"/>, seen from its side:
    /// PartnerReported: exports = its exports FOB to China, imports = its imports CIF from China;
    /// ChinaReported: exports = China's imports CIF from it, imports = China's exports FOB to it;
    /// MirrorAverage: each flow is the mean of the two (missing when either is).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static BilateralTrade BilateralTradeIn(this BriDataset data, CountryCode country, int year, TradeReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(data);
        StatusQueries.RequireLacCountry(data, country);
        RequireReporter(reporter);
        data.Coverage.RequireTradeYear(year);
        return Compute(data, country, year, reporter);
    }

    /// <summary>
    /// <see cref="BilateralTradeIn"/> for every year from the first to the last year in which the dataset has any
    /// bilateral record for the state (either reporter); years in between without data are kept with null flows.
    /// Empty when the state has no bilateral trade records.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    public static IReadOnlyList<BilateralTrade> BilateralTradeByYear(this BriDataset data, CountryCode country, TradeReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(data);
        StatusQueries.RequireLacCountry(data, country);
        RequireReporter(reporter);
        if (BilateralYears(data, country) is not (int first, int last))
        {
            return [];
        }

        var byYear = new BilateralTrade[last - first + 1];
        for (var i = 0; i < byYear.Length; i++)
        {
            byYear[i] = Compute(data, country, first + i, reporter);
        }

        return byYear;
    }

    /// <summary>Exports plus imports of the state with China in <paramref name="year"/>, nominal USD of the year; null when either flow is missing.</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static Money? BilateralTotalNominalUsd(this BriDataset data, CountryCode country, int year, TradeReporter reporter) =>
        data.BilateralTradeIn(country, year, reporter).Total;

    /// <summary>The state's trade balance with China (exports minus imports) in <paramref name="year"/>, nominal USD of the year; negative is a deficit; null when either flow is missing.</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static Money? TradeBalanceNominalUsd(this BriDataset data, CountryCode country, int year, TradeReporter reporter) =>
        data.BilateralTradeIn(country, year, reporter).Balance;

    /// <summary>The yearly series of <see cref="BilateralTotalNominalUsd"/>, in USD millions (years as in <see cref="BilateralTradeByYear"/>).</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static MetricSeries BilateralTotalSeriesUsdMillions(this BriDataset data, CountryCode country, TradeReporter reporter)
    {
        var years = data.BilateralTradeByYear(country, reporter);
        return new MetricSeries(country.Alpha3, "trade with China, total (" + DisplayFormat.Words(reporter) + ")", Units.UsdMillionsNominal,
            YearValues.From(years, t => t.Year, t => t.Total?.AmountUsdMillions), years.SelectMany(t => t.SourceIds));
    }

    /// <summary>The yearly series of <see cref="TradeBalanceNominalUsd"/>, in USD millions (years as in <see cref="BilateralTradeByYear"/>).</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static MetricSeries TradeBalanceSeriesUsdMillions(this BriDataset data, CountryCode country, TradeReporter reporter)
    {
        var years = data.BilateralTradeByYear(country, reporter);
        return new MetricSeries(country.Alpha3, "trade balance with China (" + DisplayFormat.Words(reporter) + ")", Units.UsdMillionsNominal,
            YearValues.From(years, t => t.Year, t => t.Balance?.AmountUsdMillions), years.SelectMany(t => t.SourceIds));
    }

    /// <summary>
    /// China's share of the state's goods exports in <paramref name="year"/>, percent, from the state's own
    /// statistics: <c>100 × exports FOB to China / exports FOB to the World</c>. Null when either is missing or the
    /// World total is zero.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static decimal? ChinaShareOfExportsPercent(this BriDataset data, CountryCode country, int year) =>
        Share(data, country, year, TradeFlow.ExportsFob);

    /// <summary>
    /// China's share of the state's goods imports in <paramref name="year"/>, percent, from the state's own
    /// statistics: <c>100 × imports CIF from China / imports CIF from the World</c>. Null when either is missing or
    /// the World total is zero.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static decimal? ChinaShareOfImportsPercent(this BriDataset data, CountryCode country, int year) =>
        Share(data, country, year, TradeFlow.ImportsCif);

    /// <summary>The yearly series of <see cref="ChinaShareOfExportsPercent"/>, over the years in which the state reports exports to China or to the World.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China.</exception>
    public static MetricSeries ChinaShareOfExportsSeriesPercent(this BriDataset data, CountryCode country) =>
        ShareSeries(data, country, TradeFlow.ExportsFob, "China's share of exports");

    /// <summary>The yearly series of <see cref="ChinaShareOfImportsPercent"/>, over the years in which the state reports imports from China or from the World.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException">The country is China.</exception>
    public static MetricSeries ChinaShareOfImportsSeriesPercent(this BriDataset data, CountryCode country) =>
        ShareSeries(data, country, TradeFlow.ImportsCif, "China's share of imports");

    /// <summary>
    /// The Latin American and Caribbean states ranked by their total trade with China in <paramref name="year"/>
    /// (largest first; ties share a rank, then code order). States whose total is missing are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The reporter is not defined.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static IReadOnlyList<TradeRank> RankLacPartnersByTrade(this BriDataset data, int year, TradeReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireReporter(reporter);
        data.Coverage.RequireTradeYear(year);
        // Largest first, then code order (a total order, so an unstable sort is exact); no LINQ ordering over decimals
        // or codes, whose framework code is JIT-compiled on a first ranking (issue 15).
        var totals = LacTrade(data, year, reporter, knownOnly: true);
        Array.Sort(totals, static (a, b) =>
            b.Total!.Value.AmountUsd.CompareTo(a.Total!.Value.AmountUsd) is var byAmount and not 0 ? byAmount : CountryCodeOrder.Instance.Compare(a.Country, b.Country));
        var ranks = new TradeRank[totals.Length];
        for (var i = 0; i < totals.Length; i++)
        {
            var rank = i > 0 && totals[i].Total!.Value.AmountUsd == totals[i - 1].Total!.Value.AmountUsd ? ranks[i - 1].Rank : i + 1;
            ranks[i] = new TradeRank(rank, totals[i].Country, year, reporter, totals[i].Total!.Value, totals[i].IsEstimate);
        }

        return ranks;
    }

    /// <summary>
    /// Latin America and the Caribbean's total goods trade with China in <paramref name="year"/>: the sum of
    /// <see cref="BilateralTotalNominalUsd"/> over the states whose total is known (nominal USD of the year), with the states left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The reporter is not defined.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set covers (<see cref="DataCoverage.Trade"/>, 1960–2020 in the embedded release); a missing value inside the coverage is null.</exception>
    public static RegionalTradeTotal LacTradeWithChina(this BriDataset data, int year, TradeReporter reporter)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireReporter(reporter);
        data.Coverage.RequireTradeYear(year);
        var all = LacTrade(data, year, reporter, knownOnly: false);
        // BriData's own list builder, not lists of codes: a framework list over a struct is JIT-compiled on first use (issue 15).
        Money? total = null;
        var included = default(ValueListBuilder<CountryCode>);
        var missing = default(ValueListBuilder<CountryCode>);
        var estimate = false;
        foreach (var t in all)
        {
            if (t.Total is Money m)
            {
                total = total is Money sum ? sum + m : m;
                included.Add(t.Country);
                estimate |= t.IsEstimate;
            }
            else
            {
                missing.Add(t.Country);
            }
        }

        return new RegionalTradeTotal
        {
            Year = year,
            Reporter = reporter,
            Total = total,
            Included = included.ToValueList(),
            Missing = missing.ToValueList(),
            IsEstimate = estimate,
        };
    }

    /// <summary>Each Latin American and Caribbean state's <see cref="BilateralTrade"/> in <paramref name="year"/>, in the countries' order; with <paramref name="knownOnly"/>, only those whose total is known.</summary>
    private static BilateralTrade[] LacTrade(BriDataset data, int year, TradeReporter reporter, bool knownOnly)
    {
        var trade = new List<BilateralTrade>();
        foreach (var c in data.Countries.LatinAmericaAndCaribbean)
        {
            var t = Compute(data, c.Code, year, reporter);
            if (!knownOnly || t.Total is not null)
            {
                trade.Add(t);
            }
        }

        return trade.ToArray();
    }

    /// <summary>The first and last year with any bilateral record of the state with China; both null when there is none.</summary>
    internal static YearBounds BilateralYears(BriDataset data, CountryCode country)
    {
        int first = int.MaxValue, last = int.MinValue;
        foreach (var t in data.Indexes.TradeByCountry[country])
        {
            if (t.Partner == CountryCode.World)
            {
                continue;
            }

            first = Math.Min(first, t.Year);
            last = Math.Max(last, t.Year);
        }

        return first <= last ? new YearBounds(first, last) : YearBounds.None;
    }

    internal static BilateralTrade Compute(BriDataset data, CountryCode country, int year, TradeReporter reporter)
    {
        var index = data.Indexes;
        TradeRecord? Find(CountryCode r, CountryCode p, TradeFlow f) => index.FindTrade(r, p, f, year);

        // The partner's side and China's side of each flow, seen from the partner.
        var partnerExports = Find(country, CountryCode.China, TradeFlow.ExportsFob);
        var chinaImports = Find(CountryCode.China, country, TradeFlow.ImportsCif);
        var partnerImports = Find(country, CountryCode.China, TradeFlow.ImportsCif);
        var chinaExports = Find(CountryCode.China, country, TradeFlow.ExportsFob);

        var used = new List<TradeRecord>(4);
        Money? Flow(TradeRecord? partnerSide, TradeRecord? chinaSide)
        {
            switch (reporter)
            {
                case TradeReporter.PartnerReported:
                    Use(partnerSide);
                    return partnerSide?.Value;
                case TradeReporter.ChinaReported:
                    Use(chinaSide);
                    return chinaSide?.Value;
                default:
                    Use(partnerSide);
                    Use(chinaSide);
                    return partnerSide is not null && chinaSide is not null ? (partnerSide.Value + chinaSide.Value) * 0.5m : null;
            }
        }

        void Use(TradeRecord? t)
        {
            if (t is not null)
            {
                used.Add(t);
            }
        }

        var exports = Flow(partnerExports, chinaImports);
        var imports = Flow(partnerImports, chinaExports);
        var estimate = false;
        var sources = new List<string>(2);
        foreach (var t in used)
        {
            estimate |= t.IsEstimate;
            foreach (var id in t.SourceIds)
            {
                if (!sources.Contains(id))
                {
                    sources.Add(id);
                }
            }
        }

        return new BilateralTrade
        {
            Country = country,
            Year = year,
            Reporter = reporter,
            ExportsToChina = exports,
            ImportsFromChina = imports,
            IsEstimate = estimate,
            SourceIds = sources.AsReadOnly(),
        };
    }

    private static decimal? Share(BriDataset data, CountryCode country, int year, TradeFlow flow)
    {
        ArgumentNullException.ThrowIfNull(data);
        StatusQueries.RequireLacCountry(data, country);
        data.Coverage.RequireTradeYear(year);
        var index = data.Indexes;
        if (index.FindTrade(country, CountryCode.China, flow, year) is not { } toChina
            || index.FindTrade(country, CountryCode.World, flow, year) is not { } toWorld
            || toWorld.ValueUsdMillions == 0)
        {
            return null;
        }

        return 100m * toChina.ValueUsdMillions / toWorld.ValueUsdMillions;
    }

    private static MetricSeries ShareSeries(BriDataset data, CountryCode country, TradeFlow flow, string measure)
    {
        ArgumentNullException.ThrowIfNull(data);
        StatusQueries.RequireLacCountry(data, country);
        var records = data.Indexes.TradeByCountry[country]
            .Where(t => t.Reporter == country && t.Flow == flow && (t.Partner == CountryCode.China || t.Partner == CountryCode.World))
            .ToArray();
        if (records.Length == 0)
        {
            return new MetricSeries(country.Alpha3, measure, Units.Percent, []);
        }

        var (first, last) = YearValues.Span(records, t => t.Year)!.Value;
        return new MetricSeries(country.Alpha3, measure, Units.Percent,
            YearValues.Range(first, last, y => Share(data, country, y, flow)),
            records.SelectMany(t => t.SourceIds));
    }

    private static void RequireReporter(TradeReporter reporter)
    {
        if (!EnumMembers<TradeReporter>.IsDefined(reporter))
        {
            throw new ArgumentException($"Trade reporter {(int)reporter} is not defined; choose ChinaReported, PartnerReported or MirrorAverage.", nameof(reporter));
        }
    }
}
