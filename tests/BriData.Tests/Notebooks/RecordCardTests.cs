using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>Single records shown as cards: every table field, the card-only details, nested tables.</summary>
public sealed class RecordCardTests
{
    private static readonly BriDataset Data = FixtureData.Dataset;

    [Fact]
    public void A_country_card_shows_its_names_codes_and_currency()
    {
        var card = Data.Countries.Get(FixtureData.Chl).ToCard(Data);

        card.Title.Should().Be("Chile (CHL)");
        card.Kind.Should().Be("Countries");
        card.FieldText("Chinese").Should().Be("智利");
        card.FieldText("ISO alpha-2").Should().Be("CL");
        card.FieldText("ISO numeric").Should().Be("152");
        card.FieldText("Also known as").Should().Contain("República de Chile");
        card.FieldText("Former names").Should().BeNull("a card leaves out empty details");
    }

    [Fact]
    public void A_project_card_shows_its_cost_with_basis_and_its_milestones()
    {
        var card = Data.Projects.Get("fx-port").ToCard(Data);
        var html = card.ToHtml();
        var text = card.ToString();

        card.FieldText("Stated cost (USD m)").Should().Be("1,300.0 (nominal 2019)");
        card.FieldText("Country").Should().Be("Peru (PER)");
        card.FieldText("Builders").Should().Be("COSCO Shipping");
        html.Should().Contain("<b>Milestones</b> · 2 rows");
        text.Should().Contain("Milestones: 2 rows");
    }

    [Fact]
    public void A_card_keeps_missing_table_fields_as_a_dash()
    {
        var card = Data.Finance.Get(103).ToCard(Data);

        card.FieldText("Amount (USD m)").Should().Be("—");
        card.FieldLabels.Should().StartWith(["AidData id", "Recipient", "Title"]);
    }

    [Fact]
    public void A_source_card_links_its_title_and_gives_its_citation()
    {
        var card = Data.Sources.Get("fx-dots").ToCard();

        card.FieldText("Citation").Should().Be("Fixture IMF. Fixture trade. https://example.org/dots (retrieved 2026-01-01).");
        card.ToHtml().Should().Contain("<a href=\"https://example.org/dots\"");
    }

    [Fact]
    public void A_claim_card_reads_its_figure_and_as_of_date()
    {
        var claim = new Claim
        {
            Id = "c",
            Topic = ClaimTopic.BilateralTrade,
            Statement = "Trade was about USD 37.69 bn",
            Quantity = new ClaimQuantity(37_690_000_000m, QuantityBound.About, MeasureUnit.Usd, new PartialDate(2023)),
            SourceIds = ["fx-dots"],
        };

        var card = claim.ToCard(Data);

        card.FieldText("Figure").Should().Be("about USD 37,690.0 m");
        card.FieldText("As of").Should().Be("2023");
        card.FieldText("Country").Should().Be("LAC region");
        card.FieldText("Topic").Should().Be("Bilateral trade");
    }
}
