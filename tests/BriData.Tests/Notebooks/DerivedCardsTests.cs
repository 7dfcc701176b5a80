using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>Metric series and country profiles shown as cards, on the fixture release.</summary>
public sealed class DerivedCardsTests
{
    private static readonly BriDataset Data = FixtureData.Dataset;
    private static readonly DisplayContext Context = DisplayContext.For(Data);

    [Fact]
    public void A_series_card_names_its_unit_in_the_value_header_and_keeps_missing_years()
    {
        var series = new MetricSeries("PER", "test measure", "USD millions (nominal)", [new YearValue(2018, 1234.5m), new YearValue(2019, null)], ["fx-dots"]);

        var card = DerivedCards.Series(series, Context);
        var html = card.ToHtml();

        card.FieldText("Entity").Should().Be("Peru (PER)");
        card.FieldText("Unit").Should().Be("USD millions (nominal)");
        card.FieldText("Years").Should().Be("2018–2019");
        card.FieldText("Missing years").Should().Be("1");
        html.Should().Contain("Value (USD millions (nominal))").And.Contain(">1,234.5</td>").And.Contain(">—</td>");
        html.Should().Contain("<a href=\"https://example.org/dots\"");
    }

    [Fact]
    public void A_profile_card_counts_the_country_s_records_and_lists_its_events()
    {
        var profile = Data.Profile(FixtureData.Per);

        var card = DerivedCards.Profile(profile, Context);

        card.Title.Should().Be("Peru (PER)");
        card.FieldText("Events").Should().Be(profile.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        card.FieldText("Finance records").Should().Be("3");
        card.ToString().Should().Contain("Events: ").And.Contain("Flagship projects: ");
    }

    [Fact]
    public void Every_type_the_model_attribute_is_proposed_for_is_displayed()
    {
        // The types listed in the report to the lead for [Notebooks.TypeFormatterSource]: the formatter must handle
        // each, or a notebook would show nothing for it once the attribute is on.
        var profile = Data.Profile(FixtureData.Per);
        object[] values =
        [
            Data, Data.Countries, Data.Countries[0], Data.Events[0], Data.Trade[0], Data.Indicators[0], Data.Finance[0],
            Data.Investments[0], Data.Projects[0], Data.Initiatives[0], Data.TradeHighlights[0], Data.Claims[0],
            Data.Sources[0], Data.Finance, Data.Sources, Data.Claims, profile, Data.ChinaShareOfExportsSeriesPercent(FixtureData.Per),
        ];

        foreach (var value in values)
        {
            using var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);

            NotebookRenderer.TryWriteHtml(value, Context, html).Should().BeTrue(value.GetType().Name + " is shown as HTML");
            NotebookRenderer.TryWritePlainText(value, Context, text).Should().BeTrue(value.GetType().Name + " is shown as text");
            html.ToString().Should().StartWith("<");
            text.ToString().Should().NotBeEmpty();
        }
    }
}
