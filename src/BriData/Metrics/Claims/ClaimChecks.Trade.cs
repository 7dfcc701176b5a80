namespace BriData;

// The checks of the trade claims: a bilateral total, exports to China and a share of exports, from either reporter and from published figures.
public static partial class ClaimChecks
{
    private static ClaimCheck Trade(BriDataset data, Claim claim, decimal tolerance)
    {
        var q = claim.Quantity;
        var isExports = claim.Topic == ClaimTopic.ExportsToChina;
        var what = isExports ? "exports to China" : "trade with China";
        if (q.Unit != MeasureUnit.Usd)
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

        if (data.Coverage.TradeYears.First is int firstCovered && from < firstCovered)
        {
            return NotComparable(claim, $"The claim is about {Period(from, to)}, but the data's trade series begins in {firstCovered}.");
        }

        var lastYear = claim.Country is CountryCode c
            ? TradeMetrics.BilateralYears(data, c).Last
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
        // The reporters whose figure agrees in every year so far (flags, not a list of enums: issue 15).
        bool partnerMatches = true, chinaMatches = true;
        var reportersDisagree = false;
        for (var year = from; year <= to; year++)
        {
            var y = year > newest ? PublishedFigures(data, claim, year, isExports) : Figures(data, claim, year, isExports);
            figures.AddRange(y.Figures);
            sources.UnionWith(y.SourceIds);
            var present = y.Figures.Where(f => f.Value is not null).ToArray();
            var agreeing = present.Where(f => q.IsSatisfiedBy(f.Value!.Value, tolerance)).ToArray();
            var satisfying = Closest(agreeing, q.Value);
            partnerMatches &= agreeing.Any(f => y.ReporterOf(f) == TradeReporter.PartnerReported);
            chinaMatches &= agreeing.Any(f => y.ReporterOf(f) == TradeReporter.ChinaReported);
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
            MatchedReporters = verdict is ClaimVerdict.Consistent or ClaimVerdict.ConsistentWithOneReporter ? Reporters(partnerMatches, chinaMatches) : [],
            Reason = Sentence(string.Join("; ", reasons)) + (from != to ? " A range of years is read as the figure holding in each year." : string.Empty),
            ComputedValue = decisive?.Value,
            ComputedUnit = decisive is null ? null : MeasureUnit.Usd,
            Figures = ordered.ToArray(),
            SourceIds = sources.ToArray(),
        };
    }

    /// <summary>
    /// One year's figures (from the series: one per reporter, partner first), with whose each is and whether its sum
    /// leaves no state out; <paramref name="IsPublished"/> when they are published figures (one reporter's view, which
    /// can confirm a claim but not refute it).
    /// </summary>
    private sealed record YearFigures(IReadOnlyList<ClaimFigure> Figures, IReadOnlyList<string> SourceIds, bool IsComplete, TradeReporter[] Reporters, bool[] Complete, bool IsPublished = false)
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

    /// <summary>The reporters flagged, partner first (the order a matched claim lists them in).</summary>
    private static TradeReporter[] Reporters(bool partner, bool china) => (partner, china) switch
    {
        (true, true) => [TradeReporter.PartnerReported, TradeReporter.ChinaReported],
        (true, false) => [TradeReporter.PartnerReported],
        (false, true) => [TradeReporter.ChinaReported],
        _ => [],
    };

    /// <summary>The figure nearest to <paramref name="claimed"/> (the first of equals); null when there is none. A loop, not LINQ ordering over decimals (JIT-compiled on a first claim check; issue 15).</summary>
    private static ClaimFigure? Closest(ClaimFigure[] figures, decimal claimed)
    {
        ClaimFigure? closest = null;
        var distance = 0m;
        foreach (var f in figures)
        {
            var d = Math.Abs(f.Value!.Value - claimed);
            if (closest is null || d < distance)
            {
                (closest, distance) = (f, d);
            }
        }

        return closest;
    }

    private static YearFigures Figures(BriDataset data, Claim claim, int year, bool isExports)
    {
        var figures = new List<ClaimFigure>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var complete = true;
        // Arrays, not lists: framework lists of enums and booleans are JIT-compiled on a first claim check (issue 15).
        TradeReporter[] reporters = [TradeReporter.PartnerReported, TradeReporter.ChinaReported];
        var completeFigures = new bool[reporters.Length];
        for (var i = 0; i < reporters.Length; i++)
        {
            var reporter = reporters[i];
            if (claim.Country is CountryCode country)
            {
                var t = TradeMetrics.Compute(data, country, year, reporter);
                sources.UnionWith(t.SourceIds);
                var value = isExports ? t.ExportsToChina : t.Total;
                var label = FormattableString.Invariant($"{country} {year} {(isExports ? "exports to China" : "trade with China")}, {DisplayFormat.Words(reporter)}");
                figures.Add(new ClaimFigure(label, value?.AmountUsd, MeasureUnit.Usd));
                completeFigures[i] = true;
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
                figures.Add(new ClaimFigure(label, r.Total?.AmountUsd, MeasureUnit.Usd));
                completeFigures[i] = r.IsComplete;
            }
        }

        return new YearFigures(figures, sources.ToArray(), complete, reporters, completeFigures);
    }

    /// <summary>A year after the series ends: the figures published for it (see <see cref="PublishedTradeFigures"/>).</summary>
    private static YearFigures PublishedFigures(BriDataset data, Claim claim, int year, bool isExports)
    {
        var (figures, reporters, sources) = PublishedTradeFigures.For(data, claim, year, isExports);
        return new YearFigures(figures, sources, IsComplete: true, reporters, new bool[figures.Length], IsPublished: true);
    }

    private static ClaimCheck ExportShare(BriDataset data, Claim claim, decimal tolerance)
    {
        if (claim.Country is not CountryCode country)
        {
            return NotComparable(claim, "A share of exports needs one exporting state; the claim names none.");
        }

        if (claim.Quantity.Unit != MeasureUnit.Percent)
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

        var share = data.Coverage.TradeYears is (int first, int last) && from >= first && from <= last ? data.ChinaShareOfExportsPercent(country, from) : null;
        var sources = SortedIds.Of(data.Indexes.TradeByCountry[country]
            .Where(t => t.Reporter == country && t.Year == from && t.Flow == TradeFlow.ExportsFob && (t.Partner == CountryCode.China || t.Partner == CountryCode.World))
            .SelectMany(t => t.SourceIds));
        var figure = new ClaimFigure(FormattableString.Invariant($"{country} {from} China's share of exports (own statistics)"), share, MeasureUnit.Percent);
        if (share is not decimal s)
        {
            var newest = TradeMetrics.BilateralYears(data, country).Last;
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
            ComputedUnit = MeasureUnit.Percent,
            Figures = [figure],
            SourceIds = sources,
        };
    }
}
