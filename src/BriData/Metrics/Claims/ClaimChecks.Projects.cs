namespace BriData;

// The checks of the claims about projects: infrastructure project counts (clustering AidData records into projects), curated counts and lengths, and lower bounds.
public static partial class ClaimChecks
{
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
            new(FormattableString.Invariant($"{scope} infrastructure projects with Chinese official finance (AidData records grouped by their links and shared map features{by})"), projects, MeasureUnit.Projects),
            new(FormattableString.Invariant($"{scope} AidData infrastructure commitments (aggregation-safe{by})"), list.Length, MeasureUnit.Records),
            new(FormattableString.Invariant($"{scope} curated flagship projects"), curated, MeasureUnit.Projects),
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
        // Plain loops: LINQ over decimals JIT-compiles its iterators on a first claim check (issue 15).
        var counted = new List<FlagshipProject>();
        var total = 0m;
        foreach (var p in data.Projects)
        {
            if ((claim.Country is not CountryCode c || p.Country == c) && countOf(p) is var count and > 0)
            {
                counted.Add(p);
                total += count;
            }
        }

        var figure = new ClaimFigure(FormattableString.Invariant($"{what} counted in {counted.Count} curated flagship projects"), total, claim.Quantity.Unit);
        return LowerBound(claim, tolerance, [figure], counted.SelectMany(p => p.SourceIds),
            "BriData's flagship projects are a curated selection, not a complete list");
    }

    private static ClaimCheck TransportLength(BriDataset data, Claim claim, decimal tolerance)
    {
        if (claim.Quantity.Unit != MeasureUnit.Kilometre)
        {
            return NotComparable(claim, $"The claim's unit is {claim.Quantity.Unit}; project lengths are compared in km.");
        }

        return CuratedCount(data, claim, tolerance, "km of road and rail",
            p => p.Kind is ProjectKind.Road or ProjectKind.Highway or ProjectKind.Railway or ProjectKind.LightRail or ProjectKind.Metro
                ? MaxMeasure(p, m => m.Role == MeasureRole.RouteLength && m.Unit == MeasureUnit.Kilometre)
                : 0);
    }

    private static ClaimCheck LowerBound(Claim claim, decimal tolerance, ClaimFigure[] figures, IEnumerable<string> sourceIds, string limit)
    {
        var figure = figures[0];
        var value = figure.Value ?? 0m;
        var sources = SortedIds.Of(sourceIds);
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
        var max = 0m;
        var any = false;
        foreach (var m in p.Measures)
        {
            if (which(m) && (!any || m.Value > max))
            {
                max = m.Value;
                any = true;
            }
        }

        return any ? max : 0m;
    }
}
