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
public static partial class ClaimChecks
{
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
                p => p.Kind is ProjectKind.Bridge or ProjectKind.Tunnel ? 1 : MaxMeasure(p, m => m.Unit == MeasureUnit.Bridges || m.Unit == MeasureUnit.Tunnels)),
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
    private static string Describe(ClaimQuantity q) => DisplayFormat.Quantity(q.Bound, q.Value, q.Unit.Symbol);

    private static string Period(int from, int to) => from == to
        ? from.ToString(CultureInfo.InvariantCulture)
        : FormattableString.Invariant($"{from}–{to}");

    private static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    private static string Usd(decimal usd) => DisplayFormat.WithUnit(usd, "USD");
}
