using System.Globalization;

namespace BriData.Demo;

/// <summary>A printed tour of a BriData dataset: what a newcomer sees first. Tests run it and check its output.</summary>
/// <remarks>One method per section, so that a section is compiled only when it is reached and the first line comes fast.</remarks>
public static class Tour
{
    public static void Run(BriDataset data, TextWriter output)
    {
        Release(data, output);
        Counts(data, output);
        UpstreamDatasets(data, output);
        var peru = data.Countries.Resolve("Perú");
        CountryProfile(data, peru, output);
        RegionWideClaims(data, output);
        ProjectsByCountry(data, output);
        OneLineAnswers(data, peru, output);
    }

    private static void Release(BriDataset data, TextWriter w) =>
        w.WriteLine(FormattableString.Invariant($"BriData data release {data.Version} (format {data.FormatVersion}, built {data.Released})"));

    private static void Counts(BriDataset data, TextWriter w)
    {
        w.WriteLine(FormattableString.Invariant($"  {data.Countries.Count} countries, {data.Events.Count} policy events, {data.Trade.Count} trade records, {data.Indicators.Count} country-years of indicators,"));
        w.WriteLine(FormattableString.Invariant($"  {data.Finance.Count} development-finance records, {data.Investments.Count} investment records, {data.Projects.Count} flagship projects,"));
        w.WriteLine(FormattableString.Invariant($"  {data.Initiatives.Count} initiatives, {data.TradeHighlights.Count} trade highlights, {data.Claims.Count} claims, {data.Sources.Count} sources"));
    }

    private static void UpstreamDatasets(BriDataset data, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("Upstream datasets:");
        foreach (var s in data.Sources.Where(s => s.Kind == SourceKind.Dataset))
        {
            w.WriteLine(FormattableString.Invariant($"  [{s.Id}] {s.Publisher}: licence {s.Licence}"));
        }

    }

    private static void CountryProfile(BriDataset data, Country peru, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine(FormattableString.Invariant($"== {peru.Name} ({peru.Code} / {peru.Alpha2} / {peru.Numeric.ToString("000", CultureInfo.InvariantCulture)}) =="));
        w.WriteLine(FormattableString.Invariant($"  Names: {peru.Names.Spanish} (es), {peru.Names.Portuguese} (pt), {peru.Names.Chinese} (zh); official: {peru.OfficialName}"));
        w.WriteLine(FormattableString.Invariant($"  {peru.IntermediateRegion}, capital {peru.Capital}, currency {peru.CurrencyCode}"));
        w.WriteLine("  Timeline with China:");
        foreach (var e in data.Events.Where(e => e.Country == peru.Code))
        {
            var alternatives = e.AlternativeDates.Count == 0 ? string.Empty : $" (other sources: {string.Join(", ", e.AlternativeDates.Select(a => a.Date))})";
            w.WriteLine(FormattableString.Invariant($"    {e.Date?.ToString() ?? "undated",-10} {e.Title}{alternatives}"));
        }

        foreach (var p in data.Projects.Where(p => p.Country == peru.Code))
        {
            w.WriteLine(FormattableString.Invariant($"  Project: {p.Name} [{p.Kind}, {p.Status}]"));
            foreach (var m in p.Milestones)
            {
                w.WriteLine(FormattableString.Invariant($"    {m.Date,-10} {m.Kind}"));
            }

            foreach (var m in p.Measures)
            {
                w.WriteLine(FormattableString.Invariant($"    {m.Label}: {m.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {m.Unit}"));
            }
        }

        w.WriteLine("  Claims about Peru:");
        foreach (var c in data.Claims.Where(c => c.Country == peru.Code))
        {
            w.WriteLine(FormattableString.Invariant($"    {c.Statement} [{c.Quantity}] ({string.Join(", ", c.SourceIds)})"));
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
        foreach (var group in data.Projects.GroupBy(p => p.Country).OrderBy(g => data.Countries.Get(g.Key).Name, StringComparer.Ordinal))
        {
            w.WriteLine(FormattableString.Invariant($"  {data.Countries.Get(group.Key).Name}:"));
            foreach (var p in group)
            {
                var links = p.FinanceRecordIds.Count + p.InvestmentRecordIds.Count;
                w.WriteLine(FormattableString.Invariant($"    {p.Name} [{p.Kind}, {p.Status}]{(links > 0 ? $", {links} linked finance/investment records" : string.Empty)}"));
            }
        }

    }

    private static void OneLineAnswers(BriDataset data, Country peru, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine("== A few answers in one line each ==");
        var trade2020 = data.BilateralTradeIn(peru.Code, 2020, TradeReporter.PartnerReported);
        w.WriteLine(FormattableString.Invariant($"  Peru-reported trade with China, 2020: USD {trade2020.TotalUsdMillions:N1} m (balance {trade2020.BalanceUsdMillions:N1} m)"));
        w.WriteLine(FormattableString.Invariant($"  China's share of Peru's exports, 2020: {data.ChinaShareOfExportsPercent(peru.Code, 2020):0.0} %"));
        w.WriteLine(FormattableString.Invariant($"  Top LAC partners by China-reported trade, 2020: {string.Join(", ", data.RankLacPartnersByTrade(2020, TradeReporter.ChinaReported).Take(5).Select(r => data.Countries.Get(r.Country).Name))}"));
        w.WriteLine(FormattableString.Invariant($"  Belt and Road members in LAC on 2025-02-06: {data.BriMembersAsOf(new DateOnly(2025, 2, 6)).Count}"));
        foreach (var sector in data.Finance.TotalsBySector().OrderByDescending(g => g.Total.AmountUsdMillions ?? 0m).Take(3))
        {
            w.WriteLine(FormattableString.Invariant($"  Development finance, {sector.Key}: USD {sector.Total.AmountUsdMillions:N0} m constant 2021 ({sector.Total.RecordCount} records)"));
        }

        var checks = data.CheckClaims();
        w.WriteLine(FormattableString.Invariant($"  Claims checked against the data: {checks.Count(c => c.Verdict == ClaimVerdict.Consistent)} consistent, {checks.Count(c => c.Verdict == ClaimVerdict.Inconsistent)} inconsistent, {checks.Count(c => c.Verdict == ClaimVerdict.NotComparable)} not comparable"));
    }
}
