using System.Globalization;
using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// china-lac-trade-figures-news: headline trade figures as news and official pages print them. They become
/// claims (with bound, unit, period and compiler), never a series.
/// </summary>
internal static partial class NewsTradeFiguresImporter
{
    [GeneratedRegex(@"^(\d{4})-(\d{4})$")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<bound>[>~<]?)\s*(?<value>\d+(?:\.\d+)?)")]
    private static partial Regex ValuePattern();

    public static IEnumerable<Claim> Import(string sourcesDir, CountryBook countries, SourceRegistry sources)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Csv.Read(Path.Combine(sourcesDir, "china-lac-trade-figures-news", "china-lac-trade-figures-news.csv")))
        {
            var scope = row["partner_iso3"].Trim();
            CountryCode? country = scope == "LAC" ? null : CountryCode.Parse(scope);
            var m = ValuePattern().Match(row["value"].Trim());
            if (!m.Success)
            {
                throw row.Error($"value '{row["value"]}' has no number");
            }

            var value = decimal.Parse(m.Groups["value"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
            var bound = m.Groups["bound"].Value switch
            {
                ">" => QuantityBound.Over,
                "~" => QuantityBound.About,
                "<" => QuantityBound.AtMost,
                _ => QuantityBound.Exact,
            };
            var (amount, unit, unitLabel) = row["unit"].Trim() switch
            {
                "USD_billion" => (value * 1_000_000_000m, MeasureUnit.Usd, "USD " + m.Groups["value"].Value + " bn"),
                "USD_million" => (value * 1_000_000m, MeasureUnit.Usd, "USD " + m.Groups["value"].Value + " m"),
                "CNY_billion" => (value * 1_000_000_000m, MeasureUnit.Cny, "CNY " + m.Groups["value"].Value + " bn"),
                var other => throw row.Error($"unknown unit '{other}'"),
            };
            var measure = row["measure"].Trim();
            var (topic, what) = measure switch
            {
                "total_trade" => (ClaimTopic.BilateralTrade, "trade with China"),
                "partner_exports_to_china" => (ClaimTopic.ExportsToChina, "exports to China"),
                var other => throw row.Error($"unknown measure '{other}'"),
            };
            var period = row["period"].Trim();
            var who = country is CountryCode c ? EventFactory.CountryName(countries, c) : "Latin America and the Caribbean";
            var boundWord = bound switch { QuantityBound.Over => "over ", QuantityBound.About => "about ", _ => string.Empty };
            var perYear = row["value"].Contains("per year", StringComparison.Ordinal) ? " a year" : string.Empty;
            var baseId = $"news-{scope.ToLowerInvariant()}-{period.Replace('/', '-')}-{measure.Replace('_', '-')}";
            seen[baseId] = seen.TryGetValue(baseId, out var n) ? n + 1 : 1;
            var id = seen[baseId] == 1 ? baseId : $"{baseId}-{seen[baseId]}";
            yield return new Claim
            {
                Id = id,
                Country = country,
                Topic = topic,
                Statement = $"{who}: {what} in {period} was {boundWord}{unitLabel}{perYear}",
                Quantity = new ClaimQuantity(amount, bound, unit, null),
                // The file writes a range of years "2019-2021"; the release writes periods the ISO 8601 way, "2019/2021".
                Period = ClaimPeriod.TryParse(YearRange().Replace(period, "$1/$2"), out var parsed) ? parsed : throw row.Error($"period '{period}' is not a year, a month or a range"),
                Compiler = row["compiler_as_cited"].Trim(),
                SourceIds = [DatasetSources.TradeNews, sources.WebPage(row["source_url"], DatasetSources.TradeNews)],
            };
        }
    }
}
