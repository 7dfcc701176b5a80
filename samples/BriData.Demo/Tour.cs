using System.Globalization;

namespace BriData.Demo;

/// <summary>
/// A printed tour of a BriData dataset: what a newcomer sees first. It opens with the story (Peru, its relations
/// with China, the port of Chancay, the published claims and what the data says of them) and keeps counts,
/// upstream datasets and licences for the end. Tests run it and check its output.
/// </summary>
/// <remarks>One method per section, so that a section is compiled only when it is reached and the first line comes fast.</remarks>
public static class Tour
{
    private static readonly DateOnly StatusDay = new(2025, 3, 1);

    public static void Run(BriDataset data, TextWriter output)
    {
        var peru = data.Countries.Resolve("Perú");
        Story(data, peru, output);
        PeruClaims(data, peru, output);
        PeruDetails(data, peru, output);
        RegionWideClaims(data, output);
        ProjectsByCountry(data, output);
        OneLineAnswers(data, output);
        Release(data, output);
        UpstreamDatasets(data, output);
    }

    /// <summary>The answers first: Peru's status, its timeline with China, the port of Chancay, trade in a line.</summary>
    private static void Story(BriDataset data, Country peru, TextWriter w)
    {
        w.WriteLine(FormattableString.Invariant($"Peru, China and the port of Chancay: what the data says (BriData {data.Version})"));
        var status = data.StatusOf(peru.Code, StatusDay);
        w.WriteLine(FormattableString.Invariant(
            $"  On {DisplayFormat.Date(StatusDay)} Peru recognises the {Words(status.Recognition)}; Belt and Road: {Words(status.Bri)}; free trade agreement: {Words(status.Fta)}; AIIB: {Words(status.Aiib)}."));
        w.WriteLine("  Timeline with China:");
        foreach (var e in data.Events.Where(e => e.Country == peru.Code))
        {
            var alternatives = e.AlternativeDates.Count == 0 ? string.Empty : $" (other sources: {string.Join(", ", e.AlternativeDates.Select(a => a.Date))})";
            w.WriteLine(FormattableString.Invariant($"    {e.Date?.ToString() ?? "undated",-10} {e.Title}{alternatives}"));
        }

        var chancay = data.Projects.Search("Chancay", 1)[0].Record;
        w.WriteLine(FormattableString.Invariant($"  {chancay.Name} ({Words(chancay.Kind)}, {Words(chancay.Status)}):"));
        foreach (var m in chancay.Milestones)
        {
            w.WriteLine(FormattableString.Invariant($"    {m.Date,-10} {Words(m.Kind)}"));
        }

        var trade = data.BilateralTradeIn(peru.Code, 2020, TradeReporter.PartnerReported);
        w.WriteLine(FormattableString.Invariant(
            $"  Trade with China in 2020 (Peru's figures): {DisplayFormat.UsdMillions(trade.Total?.AmountUsdMillions)}, balance {DisplayFormat.UsdMillions(trade.Balance?.AmountUsdMillions)}; China took {DisplayFormat.Percent(data.ChinaShareOfExportsPercent(peru.Code, 2020))} of Peru's exports."));
    }

    /// <summary>The published claims about Peru, each with what the data says.</summary>
    private static void PeruClaims(BriDataset data, Country peru, TextWriter w)
    {
        w.WriteLine("  Claims about Peru, checked against the data:");
        foreach (var check in data.CheckClaims().Where(c => c.Claim.Country == peru.Code))
        {
            w.WriteLine(FormattableString.Invariant($"    [{Words(check.Verdict)}] {check.Claim.Statement} (claimed: {check.Claim.Quantity}; data: {(check.ComputedValue is null ? "no comparable figure" : DisplayFormat.WithUnit(check.ComputedValue, check.ComputedUnit?.Symbol))})"));
        }
    }

    private static void PeruDetails(BriDataset data, Country peru, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine(FormattableString.Invariant($"== {peru.Name} ({peru.Code} / {peru.Alpha2} / {peru.Numeric.ToString("000", CultureInfo.InvariantCulture)}) =="));
        w.WriteLine(FormattableString.Invariant($"  Names: {peru.Names.Spanish} (es), {peru.Names.Portuguese} (pt), {peru.Names.Chinese} (zh); official: {peru.OfficialName}"));
        w.WriteLine(FormattableString.Invariant($"  {peru.IntermediateRegion}, capital {peru.Capital}, currency {peru.CurrencyCode}"));
        foreach (var p in data.Projects.Where(p => p.Country == peru.Code))
        {
            w.WriteLine(FormattableString.Invariant($"  Project: {p.Name} [{Words(p.Kind)}, {Words(p.Status)}]"));
            if (p.Cost is ProjectCost cost)
            {
                w.WriteLine(FormattableString.Invariant($"    cost: {cost}"));
            }

            foreach (var m in p.Measures)
            {
                w.WriteLine(FormattableString.Invariant($"    {m}"));
            }
        }
    }

    private static void RegionWideClaims(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("== Region-wide claims ==");
        foreach (var c in data.Claims.Where(c => c.Country is null))
        {
            w.WriteLine(FormattableString.Invariant($"  {c.Statement} [{c.Quantity}]"));
        }
    }

    private static void ProjectsByCountry(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("== Flagship projects by country ==");
        foreach (var group in data.Projects.GroupBy(p => p.Country).OrderBy(g => g.Key.CountryName, StringComparer.Ordinal))
        {
            w.WriteLine(FormattableString.Invariant($"  {group.Key.CountryName}:"));
            foreach (var p in group)
            {
                var links = p.FinanceRecordIds.Count + p.InvestmentRecordIds.Count;
                w.WriteLine(FormattableString.Invariant($"    {p.Name} [{Words(p.Kind)}, {Words(p.Status)}]{(links > 0 ? ", " + DisplayFormat.Count(links, "linked finance or investment record") : string.Empty)}"));
            }
        }
    }

    private static void OneLineAnswers(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("== A few answers in one line each ==");
        w.WriteLine(FormattableString.Invariant($"  Top LAC partners by China-reported trade, 2020: {string.Join(", ", data.RankLacPartnersByTrade(2020, TradeReporter.ChinaReported).Take(5).Select(r => r.Country.CountryName))}"));
        w.WriteLine(FormattableString.Invariant($"  Belt and Road members in LAC on 2025-02-06: {data.BriMembersAsOf(new DateOnly(2025, 2, 6)).Count}"));
        foreach (var country in data.Finance.TotalsByCountry().Take(3))
        {
            w.WriteLine(FormattableString.Invariant($"  Development finance #{country.Rank}: {country.Key.CountryName}, {country.Total}"));
        }

        foreach (var sector in data.Finance.TotalsBySector().Take(3))
        {
            w.WriteLine(FormattableString.Invariant($"  Development finance, {sector.Key}: {sector.Total}"));
        }

        var checks = data.CheckClaims();
        w.WriteLine(FormattableString.Invariant($"  Claims checked against the data: {checks.Count(c => c.Verdict == ClaimVerdict.Consistent)} consistent, {checks.Count(c => c.Verdict == ClaimVerdict.Inconsistent)} inconsistent, {checks.Count(c => c.Verdict == ClaimVerdict.NotComparable)} not comparable"));
    }

    private static void Release(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine(FormattableString.Invariant($"== The data: BriData data release {data.Version} (format {data.FormatVersion}, built {data.Released}) =="));
        w.WriteLine(FormattableString.Invariant($"  {data.Countries.Count} countries, {data.Events.Count} policy events, {DisplayFormat.Count(data.Trade.Count)} trade records, {DisplayFormat.Count(data.Indicators.Count)} country-years of indicators,"));
        w.WriteLine(FormattableString.Invariant($"  {DisplayFormat.Count(data.Finance.Count)} development-finance records, {data.Investments.Count} investment records, {data.Projects.Count} flagship projects,"));
        w.WriteLine(FormattableString.Invariant($"  {data.Initiatives.Count} initiatives, {data.TradeHighlights.Count} trade highlights, {data.Claims.Count} claims, {data.Sources.Count} sources"));
    }

    private static void UpstreamDatasets(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("== Upstream datasets and their licences ==");
        foreach (var s in data.Sources.Where(s => s.Kind == SourceKind.Dataset))
        {
            w.WriteLine(FormattableString.Invariant($"  [{s.Id}] {s.Publisher}: licence {s.Licence}"));
        }
    }

    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => DisplayFormat.Words(value);
}
