using System.Globalization;

namespace BriData.Demo;

/// <summary>A printed tour of a BriData dataset: what a newcomer sees first. Tests run it and check its output.</summary>
public static class Tour
{
    public static void Run(BriDataset data, TextWriter output)
    {
        var w = output;
        w.WriteLine($"BriData data release {data.Version} (format {data.FormatVersion}, built {data.Released})");
        w.WriteLine($"  {data.Countries.Count} countries, {data.Events.Count} policy events, {data.Trade.Count} trade records, {data.Indicators.Count} country-years of indicators,");
        w.WriteLine($"  {data.Finance.Count} development-finance records, {data.Investments.Count} investment records, {data.Projects.Count} flagship projects,");
        w.WriteLine($"  {data.Initiatives.Count} initiatives, {data.TradeHighlights.Count} trade highlights, {data.Claims.Count} claims, {data.Sources.Count} sources");
        w.WriteLine();
        w.WriteLine("Upstream datasets:");
        foreach (var s in data.Sources.Where(s => s.Kind == SourceKind.Dataset))
        {
            w.WriteLine($"  [{s.Id}] {s.Publisher}: licence {s.Licence}");
        }

        var peru = data.Countries.Resolve("Perú");
        w.WriteLine();
        w.WriteLine($"== {peru.Name} ({peru.Code} / {peru.Alpha2} / {peru.Numeric.ToString("000", CultureInfo.InvariantCulture)}) ==");
        w.WriteLine($"  Names: {peru.Names.Spanish} (es), {peru.Names.Portuguese} (pt), {peru.Names.Chinese} (zh); official: {peru.OfficialName}");
        w.WriteLine($"  {peru.IntermediateRegion}, capital {peru.Capital}, currency {peru.CurrencyCode}");
        w.WriteLine("  Timeline with China:");
        foreach (var e in data.Events.Where(e => e.Country == peru.Code))
        {
            var alternatives = e.AlternativeDates.Count == 0 ? string.Empty : $" (other sources: {string.Join(", ", e.AlternativeDates.Select(a => a.Date))})";
            w.WriteLine($"    {e.Date?.ToString() ?? "undated",-10} {e.Title}{alternatives}");
        }

        foreach (var p in data.Projects.Where(p => p.Country == peru.Code))
        {
            w.WriteLine($"  Project: {p.Name} [{p.Kind}, {p.Status}]");
            foreach (var m in p.Milestones)
            {
                w.WriteLine($"    {m.Date,-10} {m.Kind}");
            }

            foreach (var m in p.Measures)
            {
                w.WriteLine($"    {m.Label}: {m.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {m.Unit}");
            }
        }

        w.WriteLine("  Claims about Peru:");
        foreach (var c in data.Claims.Where(c => c.Country == peru.Code))
        {
            w.WriteLine($"    {c.Statement} [{c.Quantity}] ({string.Join(", ", c.SourceIds)})");
        }

        w.WriteLine();
        w.WriteLine("== Region-wide claims ==");
        foreach (var c in data.Claims.Where(c => c.Country is null))
        {
            w.WriteLine($"  {c.Statement} [{c.Quantity}]");
        }

        w.WriteLine();
        w.WriteLine("== Flagship projects by country ==");
        foreach (var group in data.Projects.GroupBy(p => p.Country).OrderBy(g => data.Countries.Get(g.Key).Name, StringComparer.Ordinal))
        {
            w.WriteLine($"  {data.Countries.Get(group.Key).Name}:");
            foreach (var p in group)
            {
                var links = p.FinanceRecordIds.Count + p.InvestmentRecordIds.Count;
                w.WriteLine($"    {p.Name} [{p.Kind}, {p.Status}]{(links > 0 ? $", {links} linked finance/investment records" : string.Empty)}");
            }
        }
    }
}
