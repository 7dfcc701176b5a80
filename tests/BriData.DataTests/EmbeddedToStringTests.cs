using System.Globalization;

namespace BriData.DataTests;

/// <summary>The embedded release's records and results print the same text under any culture, and enums as words.</summary>
public sealed class EmbeddedToStringTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void Every_record_and_headline_result_prints_culture_independent_text(string culture)
    {
        var data = BriDataset.Default;
        var items = new List<object>();
        items.AddRange(data.Countries);
        items.AddRange(data.Events);
        items.AddRange(data.Trade.Take(500));
        items.AddRange(data.Indicators.Take(200));
        items.AddRange(data.Finance);
        items.AddRange(data.Investments);
        items.AddRange(data.Projects);
        items.AddRange(data.Projects.SelectMany(p => p.Milestones));
        items.AddRange(data.Projects.SelectMany(p => p.Measures));
        items.AddRange(data.Initiatives);
        items.AddRange(data.TradeHighlights);
        items.AddRange(data.Claims);
        items.AddRange(data.Sources);
        items.AddRange(data.CheckClaims());
        items.AddRange(data.Finance.TotalsByCountry());
        items.AddRange(data.RankLacPartnersByTrade(2020, TradeReporter.ChinaReported));
        items.Add(data.LacTradeWithChina(2020, TradeReporter.ChinaReported));
        items.AddRange(data.StatusOfLac(new DateOnly(2025, 3, 1)));
        items.AddRange(data.StatusTimeline());

        var invariant = items.Select(i => i.ToString()).ToArray();
        var saved = CultureInfo.CurrentCulture;
        string?[] local;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            local = items.Select(i => i.ToString()).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        local.Should().Equal(invariant);
        invariant.Should().NotContain(t => t!.Contains("BriData.", StringComparison.Ordinal) || t.Contains("System.", StringComparison.Ordinal) || t.Contains("[]", StringComparison.Ordinal));
        invariant.Should().NotContain(t => t!.Contains("ConstructionStarted", StringComparison.Ordinal) || t.Contains("PeoplesRepublicOfChina", StringComparison.Ordinal));
    }
}
