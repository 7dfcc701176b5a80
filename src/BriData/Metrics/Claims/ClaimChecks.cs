using System.Globalization;

namespace BriData;

/// <summary>
/// Sets each published claim against the data and returns a verdict with its reason and the computed figures.
/// </summary>
/// <remarks>
/// <para>Rules (details and formulas in docs/metrics.md):</para>
/// <list type="bullet">
/// <item>Trade totals and exports to China (unit USD, a calendar year or a range of years read as "each year"):
/// computed from both reporters; consistent when every reporter's figure the data holds satisfies the wording
/// (<see cref="ClaimQuantity.IsSatisfiedBy"/>), <see cref="ClaimVerdict.ConsistentWithOneReporter"/> when one does and
/// the other's (complete) figure does not (<see cref="ClaimCheck.MatchedReporters"/> names the one), inconsistent
/// when neither does; not comparable when the period is outside the data (the trade series ends in 2020) and no
/// published figure covers it, is part of a year, or the unit is not USD. A year after the series ends is set against
/// the figures published for it (<see cref="BriDataset.PublishedFigures"/>: calendar-year, USD, same state or the
/// region, never from the claim's own source), each labelled with its publisher; they can confirm a claim, never
/// refute it. Region-wide
/// claims use the sum over the states with data; a sum that leaves states out is a lower bound and can only
/// confirm "over" and "at least" wordings.</item>
/// <item>China's share of exports: the state's own statistics.</item>
/// <item>Counts the data cannot make complete (infrastructure projects, bridges and tunnels, transport length,
/// social facilities, ports and airports) are read as lower bounds: infrastructure projects are the groups of
/// aggregation-safe AidData infrastructure records that are linked or share a mapped feature (only geolocated
/// official finance is in the data); the others come from the curated flagship projects, a selection. Such a
/// count can confirm an "over" or "at least" wording; otherwise the claim is not comparable.</item>
/// <item>Jobs, attendance, partner rank and other topics: not comparable, with the reason.</item>
/// </list>
/// </remarks>
public static class ClaimChecks
{
    private const decimal Million = 1_000_000m;

    /// <summary>Checks every claim of the dataset, in file order.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="tolerance">Relative tolerance for exact, "about" and "nearly" wordings (default 5 %).</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IReadOnlyList<ClaimCheck> CheckClaims(this BriDataset data, decimal tolerance = 0.05m)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Claims.Select(c => data.CheckClaim(c, tolerance)).ToArray();
    }

    /// <summary>Checks one claim against the data.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="claim">The claim (from this or any dataset).</param>
    /// <param name="tolerance">Relative tolerance for exact, "about" and "nearly" wordings (default 5 %).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or 1 or more.</exception>
    public static ClaimCheck CheckClaim(this BriDataset data, Claim claim, decimal tolerance = 0.05m)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(claim);
        if (tolerance is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance is a fraction from 0 (inclusive) to 1 (exclusive).");
        }

        if (claim.Country is CountryCode code && !data.Countries.Contains(code))
        {
            return NotComparable(claim, $"The claim is about {code}, which this dataset does not hold.");
        }

        return claim.Topic switch
        {
            ClaimTopic.BilateralTrade or ClaimTopic.ExportsToChina => Trade(data, claim, tolerance),
            ClaimTopic.ExportShare => ExportShare(data, claim, tolerance),
            ClaimTopic.InfrastructureProjects => InfrastructureProjects(data, claim, tolerance),
            ClaimTopic.BridgesAndTunnels => CuratedCount(data, claim, tolerance, "bridges and tunnels",
                p => p.Kind is ProjectKind.Bridge or ProjectKind.Tunnel ? 1 : MaxMeasure(p, m => m.Unit is MeasureUnits.Bridges or MeasureUnits.Tunnels)),
            ClaimTopic.AirportsAndPorts => CuratedCount(data, claim, tolerance, "ports and airports",
                p => p.Kind is ProjectKind.Port or ProjectKind.Airport ? 1 : 0),
            ClaimTopic.SocialFacilities => CuratedCount(data, claim, tolerance, "hospitals and sports facilities",
                p => p.Kind is ProjectKind.Hospital or ProjectKind.Stadium ? 1 : 0),
            ClaimTopic.TransportLength => TransportLength(data, claim, tolerance),
            ClaimTopic.JobsCreated => NotComparable(claim, "BriData holds no employment figures, so it cannot count jobs created."),
            ClaimTopic.LeadersMet => NotComparable(claim, "BriData's events do not record who attended a meeting, so it cannot count leaders or countries present."),
            ClaimTopic.PartnerRank => NotComparable(claim, "BriData holds each state's trade with China and with the World only, not with its other partners, so China's rank among them cannot be computed."),
            _ => NotComparable(claim, "No set of BriData speaks to this topic."),
        };
    }

    private static ClaimCheck Trade(BriDataset data, Claim claim, decimal tolerance)
    {
        var q = claim.Quantity;
        var isExports = claim.Topic == ClaimTopic.ExportsToChina;
        var what = isExports ? "exports to China" : "trade with China";
        if (!string.Equals(q.Unit, MeasureUnits.Usd, StringComparison.Ordinal))
        {
            return NotComparable(claim, $"The claim is in {q.Unit}; BriData's trade values are in US dollars and it ships no exchange rates.");
        }

        if (!TryPeriod(claim, out var from, out var to, out var periodProblem))
        {
            return NotComparable(claim, periodProblem);
        }

        if (isExports && claim.Country is null)
        {
            return NotComparable(claim, "A region-wide exports claim has no single exporter; BriData checks exports claims for one state.");
        }

        if (data.Coverage.Trade.FirstYear is int firstCovered && from < firstCovered)
        {
            return NotComparable(claim, $"The claim is about {Period(from, to)}, but the data's trade series begins in {firstCovered}.");
        }

        var lastYear = claim.Country is CountryCode c
            ? TradeMetrics.BilateralYears(data, c)?.Last
            : data.Trade.Count == 0 ? null : data.Trade.Max(t => t.Year);
        if (lastYear is not int newest)
        {
            return NotComparable(claim, $"The data holds no trade records for {claim.Country?.ToString() ?? "the region"}.");
        }

        var published = to > newest && PublishedTradeFigures.CoverEveryYear(data, claim, Math.Max(from, newest + 1), to, isExports);
        if (to > newest && !published)
        {
            var context = Figures(data, claim, newest, isExports);
            return new ClaimCheck
            {
                Claim = claim,
                Verdict = ClaimVerdict.NotComparable,
                Reason = $"The claim is about {Period(from, to)}, but the data's trade series for {claim.Country?.ToString() ?? "the region"} ends in {newest}; the newest figures are shown for context only.",
                ComputedValue = null,
                ComputedUnit = null,
                Figures = context.Figures.Select(f => new ClaimFigure(f.Label + " (newest year held, for context)", f.Value, f.Unit)).ToArray(),
                SourceIds = context.SourceIds,
            };
        }

        var figures = new List<ClaimFigure>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        ClaimFigure? decisive = null;
        var verdict = ClaimVerdict.Consistent;
        var reasons = new List<string>();
        var matched = new List<TradeReporter> { TradeReporter.PartnerReported, TradeReporter.ChinaReported };
        var reportersDisagree = false;
        for (var year = from; year <= to; year++)
        {
            var y = year > newest ? PublishedFigures(data, claim, year, isExports) : Figures(data, claim, year, isExports);
            figures.AddRange(y.Figures);
            sources.UnionWith(y.SourceIds);
            var present = y.Figures.Where(f => f.Value is not null).ToArray();
            var agreeing = present.Where(f => q.IsSatisfiedBy(f.Value!.Value, tolerance)).ToArray();
            var satisfying = agreeing.OrderBy(f => Math.Abs(f.Value!.Value - q.Value)).FirstOrDefault();
            matched.RemoveAll(r => !agreeing.Any(f => y.ReporterOf(f) == r));
            if (present.Length == 0)
            {
                verdict = ClaimVerdict.NotComparable;
                reasons.Add($"the data has no {what} figure for {year}");
                decisive ??= y.Figures.FirstOrDefault();
                continue;
            }

            if (satisfying is not null)
            {
                // A complete figure of the other reporter that contradicts the claim: the reporters disagree and the claim sides with one.
                var contradicting = present.Where(f => !agreeing.Contains(f) && y.IsCompleteFigure(f)).ToArray();
                if (contradicting.Length > 0)
                {
                    reportersDisagree = true;
                    reasons.Add($"{year}: {satisfying.Label} is {Usd(satisfying.Value!.Value)}, which agrees with '{Describe(q)}', but {string.Join(" and ", contradicting.Select(f => $"{f.Label} is {Usd(f.Value!.Value)}"))}, which does not: {DisplayFormat.Verdict(ClaimVerdict.ConsistentWithOneReporter, [y.ReporterOf(satisfying)])}");
                }
                else
                {
                    reasons.Add($"{year}: {satisfying.Label} is {Usd(satisfying.Value!.Value)}, which agrees with '{Describe(q)}'");
                }

                if (verdict == ClaimVerdict.Consistent)
                {
                    decisive = satisfying;
                }

                continue;
            }

            if (y.IsPublished)
            {
                if (verdict != ClaimVerdict.Inconsistent)
                {
                    verdict = ClaimVerdict.NotComparable;
                }

                reasons.Add($"{year}: {string.Join(" and ", present.Select(f => $"{f.Label} is {Usd(f.Value!.Value)}"))}; published figures give one reporter's view (mostly China's customs), so their disagreement with '{Describe(q)}' cannot refute a claim that may rest on the other reporter's statistics");
                decisive = present[0];
                continue;
            }

            if (!y.IsComplete && q.Bound is QuantityBound.Over or QuantityBound.AtLeast or QuantityBound.MultipleOf)
            {
                if (verdict != ClaimVerdict.Inconsistent)
                {
                    verdict = ClaimVerdict.NotComparable;
                }

                reasons.Add($"{year}: the sum over the states with data ({string.Join(", ", present.Select(f => Usd(f.Value!.Value)))}) leaves states out, so it cannot refute '{Describe(q)}'");
                decisive = present[0];
                continue;
            }

            if (!y.IsComplete)
            {
                if (verdict != ClaimVerdict.Inconsistent)
                {
                    verdict = ClaimVerdict.NotComparable;
                }

                reasons.Add($"{year}: states are missing from the sum, so it cannot be compared with '{Describe(q)}'");
                decisive = present[0];
                continue;
            }

            verdict = ClaimVerdict.Inconsistent;
            decisive = present[0];
            reasons.Add($"{year}: {string.Join(" and ", present.Select(f => $"{f.Label} is {Usd(f.Value!.Value)}"))}; neither agrees with '{Describe(q)}' (tolerance {tolerance * 100m:0.#} %)");
        }

        var ordered = decisive is null ? figures : figures.Where(f => !ReferenceEquals(f, decisive)).Prepend(decisive).ToList();
        if (verdict == ClaimVerdict.Consistent && reportersDisagree)
        {
            verdict = ClaimVerdict.ConsistentWithOneReporter;
        }

        return new ClaimCheck
        {
            Claim = claim,
            Verdict = verdict,
            MatchedReporters = verdict is ClaimVerdict.Consistent or ClaimVerdict.ConsistentWithOneReporter ? matched.ToArray() : [],
            Reason = Sentence(string.Join("; ", reasons)) + (from != to ? " A range of years is read as the figure holding in each year." : string.Empty),
            ComputedValue = decisive?.Value,
            ComputedUnit = decisive is null ? null : "USD",
            Figures = ordered.ToArray(),
            SourceIds = sources.ToArray(),
        };
    }

    /// <summary>
    /// One year's figures (from the series: one per reporter, partner first), with whose each is and whether its sum
    /// leaves no state out; <paramref name="IsPublished"/> when they are published figures (one reporter's view, which
    /// can confirm a claim but not refute it).
    /// </summary>
    private sealed record YearFigures(IReadOnlyList<ClaimFigure> Figures, IReadOnlyList<string> SourceIds, bool IsComplete, IReadOnlyList<TradeReporter> Reporters, IReadOnlyList<bool> Complete, bool IsPublished = false)
    {
        public TradeReporter ReporterOf(ClaimFigure figure) => Reporters[IndexOf(figure)];

        public bool IsCompleteFigure(ClaimFigure figure) => Complete[IndexOf(figure)];

        private int IndexOf(ClaimFigure figure)
        {
            for (var i = 0; i < Figures.Count; i++)
            {
                if (ReferenceEquals(Figures[i], figure))
                {
                    return i;
                }
            }

            throw new ArgumentException("The figure is not one of this year's.", nameof(figure));
        }
    }

    private static YearFigures Figures(BriDataset data, Claim claim, int year, bool isExports)
    {
        var figures = new List<ClaimFigure>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var complete = true;
        var reporters = new List<TradeReporter>(2);
        var completeFigures = new List<bool>(2);
        foreach (var reporter in new[] { TradeReporter.PartnerReported, TradeReporter.ChinaReported })
        {
            reporters.Add(reporter);
            if (claim.Country is CountryCode country)
            {
                var t = TradeMetrics.Compute(data, country, year, reporter);
                sources.UnionWith(t.SourceIds);
                var value = isExports ? t.ExportsToChinaUsdMillions : t.TotalUsdMillions;
                var label = FormattableString.Invariant($"{country} {year} {(isExports ? "exports to China" : "trade with China")}, {DisplayFormat.Words(reporter)}");
                figures.Add(new ClaimFigure(label, value * Million, "USD"));
                completeFigures.Add(true);
            }
            else
            {
                var r = data.LacTradeWithChina(year, reporter);
                foreach (var c in r.Included)
                {
                    sources.UnionWith(TradeMetrics.Compute(data, c, year, reporter).SourceIds);
                }

                complete &= r.IsComplete;
                var label = FormattableString.Invariant($"LAC {year} trade with China, {DisplayFormat.Words(reporter)}") +
                    (r.IsComplete ? string.Empty : FormattableString.Invariant($", {r.Included.Count} states with data ({r.Missing.Count} missing)"));
                figures.Add(new ClaimFigure(label, r.TotalUsdMillions * Million, "USD"));
                completeFigures.Add(r.IsComplete);
            }
        }

        return new YearFigures(figures, sources.ToArray(), complete, reporters, completeFigures);
    }

    /// <summary>A year after the series ends: the figures published for it (see <see cref="PublishedTradeFigures"/>).</summary>
    private static YearFigures PublishedFigures(BriDataset data, Claim claim, int year, bool isExports)
    {
        var (figures, reporters, sources) = PublishedTradeFigures.For(data, claim, year, isExports);
        return new YearFigures(figures, sources, IsComplete: true, reporters, [.. figures.Select(_ => false)], IsPublished: true);
    }

    private static ClaimCheck ExportShare(BriDataset data, Claim claim, decimal tolerance)
    {
        if (claim.Country is not CountryCode country)
        {
            return NotComparable(claim, "A share of exports needs one exporting state; the claim names none.");
        }

        if (!string.Equals(claim.Quantity.Unit, MeasureUnits.Percent, StringComparison.Ordinal))
        {
            return NotComparable(claim, $"The claim's unit is {claim.Quantity.Unit}; a share is compared in percent.");
        }

        if (!TryPeriod(claim, out var from, out var to, out var problem))
        {
            return NotComparable(claim, problem);
        }

        if (from != to)
        {
            return NotComparable(claim, "A share over several years is not defined by one figure; the data gives one share per year.");
        }

        var share = data.Coverage.Trade.Covers(from) ? data.ChinaShareOfExportsPercent(country, from) : null;
        var sources = data.Indexes.TradeByCountry[country]
            .Where(t => t.Reporter == country && t.Year == from && t.Flow == TradeFlow.ExportsFob && (t.Partner == CountryCode.China || t.Partner == CountryCode.World))
            .SelectMany(t => t.SourceIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var figure = new ClaimFigure(FormattableString.Invariant($"{country} {from} China's share of exports (own statistics)"), share, Units.Percent);
        if (share is not decimal s)
        {
            var newest = TradeMetrics.BilateralYears(data, country)?.Last;
            return new ClaimCheck
            {
                Claim = claim,
                Verdict = ClaimVerdict.NotComparable,
                Reason = newest is int n && from > n
                    ? FormattableString.Invariant($"The claim is about {from}, but the data's trade series ends in {n}.")
                    : FormattableString.Invariant($"The data lacks {country}'s exports to China or to the World in {from}."),
                Figures = [figure],
                SourceIds = sources,
            };
        }

        var ok = claim.Quantity.IsSatisfiedBy(s, tolerance);
        return new ClaimCheck
        {
            Claim = claim,
            Verdict = ok ? ClaimVerdict.Consistent : ClaimVerdict.Inconsistent,
            MatchedReporters = ok ? [TradeReporter.PartnerReported] : [],
            Reason = FormattableString.Invariant($"{figure.Label} is {DisplayFormat.Percent(s)}, which {(ok ? "agrees" : "does not agree")} with '{Describe(claim.Quantity)}'."),
            ComputedValue = s,
            ComputedUnit = Units.Percent,
            Figures = [figure],
            SourceIds = sources,
        };
    }

    private static ClaimCheck InfrastructureProjects(BriDataset data, Claim claim, decimal tolerance)
    {
        IEnumerable<FinanceRecord> records = data.Finance.AggregationSafe().InfrastructureOnly();
        if (claim.Country is CountryCode country)
        {
            records = records.InCountry(country);
        }

        if (claim.Quantity.AsOf is PartialDate asOf)
        {
            records = records.CommittedAsOf(asOf.End);
        }

        var list = records.ToArray();
        var projects = DistinctProjects(list);
        var curated = data.Projects.Where(p => claim.Country is not CountryCode c || p.Country == c).Count();
        var scope = claim.Country?.ToString() ?? "LAC";
        var by = claim.Quantity.AsOf is PartialDate d ? $", committed by {d}" : string.Empty;
        ClaimFigure[] figures =
        [
            new(FormattableString.Invariant($"{scope} infrastructure projects with Chinese official finance (AidData records grouped by their links and shared map features{by})"), projects, "projects"),
            new(FormattableString.Invariant($"{scope} AidData infrastructure commitments (aggregation-safe{by})"), list.Length, "records"),
            new(FormattableString.Invariant($"{scope} curated flagship projects"), curated, "projects"),
        ];
        return LowerBound(claim, tolerance, figures, list.SelectMany(r => r.SourceIds),
            "The data holds only geolocated Chinese official finance, and AidData records of one project that are not linked may be counted twice");
    }

    /// <summary>Groups records that name each other as linked or share a mapped feature, and counts the groups.</summary>
    private static int DistinctProjects(FinanceRecord[] records)
    {
        var parent = new int[records.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        void Union(int a, int b) => parent[Find(a)] = Find(b);

        var byId = new Dictionary<int, int>(records.Length);
        var byFeature = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            byId.TryAdd(records[i].Id, i);
            foreach (var link in records[i].OsmLinks)
            {
                if (byFeature.TryGetValue(link, out var other))
                {
                    Union(i, other);
                }
                else
                {
                    byFeature[link] = i;
                }
            }
        }

        for (var i = 0; i < records.Length; i++)
        {
            foreach (var linked in records[i].LinkedRecordIds)
            {
                if (byId.TryGetValue(linked, out var other))
                {
                    Union(i, other);
                }
            }
        }

        var roots = new HashSet<int>();
        for (var i = 0; i < records.Length; i++)
        {
            roots.Add(Find(i));
        }

        return roots.Count;
    }

    private static ClaimCheck CuratedCount(BriDataset data, Claim claim, decimal tolerance, string what, Func<FlagshipProject, decimal> countOf)
    {
        var projects = data.Projects.Where(p => claim.Country is not CountryCode c || p.Country == c).ToArray();
        var counted = projects.Where(p => countOf(p) > 0).ToArray();
        var total = Aggregation.Sum(counted.Select(countOf));
        var figure = new ClaimFigure(FormattableString.Invariant($"{what} counted in {counted.Length} curated flagship projects"), total, claim.Quantity.Unit);
        return LowerBound(claim, tolerance, [figure], counted.SelectMany(p => p.SourceIds),
            "BriData's flagship projects are a curated selection, not a complete list");
    }

    private static ClaimCheck TransportLength(BriDataset data, Claim claim, decimal tolerance)
    {
        if (!string.Equals(claim.Quantity.Unit, MeasureUnits.Kilometre, StringComparison.Ordinal))
        {
            return NotComparable(claim, $"The claim's unit is {claim.Quantity.Unit}; project lengths are compared in km.");
        }

        return CuratedCount(data, claim, tolerance, "km of road and rail",
            p => p.Kind is ProjectKind.Road or ProjectKind.Highway or ProjectKind.Railway or ProjectKind.LightRail or ProjectKind.Metro
                ? MaxMeasure(p, m => m.Unit == MeasureUnits.Kilometre && m.Label.StartsWith("length", StringComparison.Ordinal))
                : 0);
    }

    private static ClaimCheck LowerBound(Claim claim, decimal tolerance, ClaimFigure[] figures, IEnumerable<string> sourceIds, string limit)
    {
        var figure = figures[0];
        var value = figure.Value ?? 0m;
        var sources = sourceIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var canConfirm = claim.Quantity.Bound is QuantityBound.Over or QuantityBound.AtLeast or QuantityBound.MultipleOf;
        var consistent = canConfirm && claim.Quantity.IsSatisfiedBy(value, tolerance);
        return new ClaimCheck
        {
            Claim = claim,
            Verdict = consistent ? ClaimVerdict.Consistent : ClaimVerdict.NotComparable,
            Reason = consistent
                ? FormattableString.Invariant($"The data counts {value:#,0.##} ({figure.Label}), already '{Describe(claim.Quantity)}'. {limit}, so the data can support an 'over' or 'at least' figure but never refute one.")
                : FormattableString.Invariant($"The data counts {value:#,0.##} ({figure.Label}). {limit}, so this count can neither confirm nor refute '{Describe(claim.Quantity)}'."),
            ComputedValue = value,
            ComputedUnit = figure.Unit,
            Figures = figures,
            SourceIds = sources,
        };
    }

    private static decimal MaxMeasure(FlagshipProject p, Func<ProjectMeasure, bool> which)
    {
        var values = p.Measures.Where(which).Select(m => m.Value).ToArray();
        return values.Length == 0 ? 0m : values.Max();
    }

    /// <summary>Reads the claim's period: a year or a range of whole years; anything finer than a year is refused with a reason.</summary>
    private static bool TryPeriod(Claim claim, out int from, out int to, out string problem)
    {
        from = to = 0;
        problem = string.Empty;
        if (claim.Period is not ClaimPeriod p)
        {
            problem = "The claim names no year, so no figure of the data matches it.";
            return false;
        }

        if (!p.IsWholeYears)
        {
            problem = $"The claim covers '{p}', part of a year or a period BriData cannot split; the data holds calendar years only.";
            return false;
        }

        from = p.FirstYear;
        to = p.LastYear;
        return true;
    }

    private static ClaimCheck NotComparable(Claim claim, string reason) => new()
    {
        Claim = claim,
        Verdict = ClaimVerdict.NotComparable,
        Reason = reason,
        Figures = [],
        SourceIds = [],
    };

    /// <summary>The claim's quantity in words, rounded for its unit (US dollars in millions: "about USD 36,000.0 m").</summary>
    private static string Describe(ClaimQuantity q) => DisplayFormat.Quantity(q.Bound, q.Value, q.Unit);

    private static string Period(int from, int to) => from == to
        ? from.ToString(CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{from}–{to}");

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    private static string Usd(decimal usd) => DisplayFormat.WithUnit(usd, "USD");
}
