using System.Globalization;

namespace BriData.DataBuilder;

/// <summary>
/// Compares the shipped IMF DOTS series and the trade claims with UN Comtrade figures at build time. UN Comtrade
/// forbids re-dissemination, so this prints only relative differences and verdicts, never a Comtrade value, and
/// nothing of it is written into the data.
/// </summary>
internal static class ComtradeCrossCheck
{
    public static void Run(string sourcesDir, IReadOnlyList<TradeRecord> trade, IReadOnlyList<Claim> claims, List<string> report)
    {
        var file = Path.Combine(sourcesDir, "comtrade-cipf-china-lac", "lac-reported-trade-with-china-2014-2025.csv");
        if (!File.Exists(file))
        {
            report.Add("cross-check: UN Comtrade file absent; skipped");
            return;
        }

        var comtrade = new Dictionary<(CountryCode, TradeFlow, int), decimal>();
        foreach (var row in Csv.Read(file))
        {
            var flow = row["flow"] == "exports_to_china" ? TradeFlow.ExportsFob : TradeFlow.ImportsCif;
            comtrade[(CountryCode.Parse(row["reporter_iso3"]), flow, Parse.Int(row, "year"))] = Parse.Decimal(row, "value_usd") / 1_000_000m;
        }

        var gaps = new List<decimal>();
        var large = 0;
        foreach (var t in trade.Where(t => t.Partner == CountryCode.China && t.Year >= 2014))
        {
            if (comtrade.TryGetValue((t.Reporter, t.Flow, t.Year), out var c) && c > 0 && t.ValueUsdMillions > 0)
            {
                var gap = Math.Abs(t.ValueUsdMillions - c) / c;
                gaps.Add(gap);
                large += gap > 0.10m ? 1 : 0;
            }
        }

        gaps.Sort();
        if (gaps.Count > 0)
        {
            report.Add(string.Create(CultureInfo.InvariantCulture,
                $"cross-check: DOTS LAC-reported trade with China vs UN Comtrade, 2014-2020: {gaps.Count} series-years compared, median relative gap {gaps[gaps.Count / 2]:P1}, {large} above 10%"));
        }

        foreach (var claim in claims.Where(c => c.Topic == ClaimTopic.BilateralTrade && c.Country is not null && c.Quantity.Unit == MeasureUnit.Usd
                     && c.Period is { IsWholeYears: true } p && p.FirstYear == p.LastYear))
        {
            var year = claim.Period!.Value.FirstYear;
            var code = claim.Country!.Value;
            if (comtrade.TryGetValue((code, TradeFlow.ExportsFob, year), out var x) && comtrade.TryGetValue((code, TradeFlow.ImportsCif, year), out var m))
            {
                var total = (x + m) * 1_000_000m;
                var verdict = claim.Quantity.IsSatisfiedBy(total) ? "consistent" : "inconsistent";
                report.Add(string.Create(CultureInfo.InvariantCulture,
                    $"cross-check: claim {claim.Id} vs UN Comtrade partner-reported total for {year}: claim/Comtrade = {claim.Quantity.Value / total:0.000} ({verdict} with its '{claim.Quantity.Bound}' bound)"));
            }
        }
    }
}
