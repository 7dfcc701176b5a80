namespace BriData;

/// <summary>The readable text of <see cref="BriDatasetContent"/> (kept apart from its data members).</summary>
public sealed partial record BriDatasetContent
{
    /// <summary>For example <c>BriData content 2026.1 (released 2026-01-15): 34 countries, 120 events, …</c>; counts only.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"BriData content {Version} (released {Released}): {DisplayFormat.Count(Countries.Count, "country", "countries")}, {DisplayFormat.Count(Events.Count, "event")}, {DisplayFormat.Count(Trade.Count, "trade record")}, {DisplayFormat.Count(Indicators.Count, "indicator record")}, {DisplayFormat.Count(Finance.Count, "finance record")}, {DisplayFormat.Count(Investments.Count, "investment record")}, {DisplayFormat.Count(Projects.Count, "project")}, {DisplayFormat.Count(Initiatives.Count, "initiative")}, {DisplayFormat.Count(TradeHighlights.Count, "trade highlight")}, {DisplayFormat.Count(Claims.Count, "claim")}, {DisplayFormat.Count(Sources.Count, "source")}");
}
