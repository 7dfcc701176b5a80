using BriData.Notebooks;

namespace BriData.Tests.Notebooks;

/// <summary>Text from the data (or from a custom release) can never inject markup or script into a notebook.</summary>
public sealed class HtmlEscapingTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";

    private static Source SourceAt(string id, string address) => new()
    {
        Id = id,
        Kind = SourceKind.WebPage,
        Publisher = "P <b>",
        Title = "T \"t\"",
        Address = address,
        Licence = "test",
        RetrievedOn = new PartialDate(2026, 1, 1),
    };

    private static Claim ClaimCiting(string statement, params string[] sourceIds) => new()
    {
        Id = "c1",
        Topic = ClaimTopic.Other,
        Statement = statement,
        Quantity = new ClaimQuantity(200m, QuantityBound.Over, MeasureUnit.Parse("projects"), new PartialDate(2023, 9)),
        SourceIds = sourceIds,
    };

    private static DisplayContext ContextWith(params Source[] sources) =>
        new(_ => null, id => sources.FirstOrDefault(s => s.Id == id));

    [Fact]
    public void Text_in_cells_captions_and_headers_is_encoded()
    {
        var html = NotebookDisplay.ToTable([ClaimCiting(Hostile, "s1")], Hostile, 20, ContextWith(SourceAt("s1", "https://example.org/a"))).ToHtml();

        html.Should().NotContain("<script>").And.NotContain("alert('x')");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    [Fact]
    public void Tooltips_and_addresses_are_encoded_inside_attributes()
    {
        var html = NotebookDisplay.ToTable([ClaimCiting("s", "s1")], null, 20, ContextWith(SourceAt("s1", "https://example.org/a?b=1&c=\"2\""))).ToHtml();

        html.Should().Contain("href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\"");
        html.Should().Contain("title=\"P &lt;b&gt;. T &quot;t&quot;. ");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    [InlineData("not a url")]
    public void Only_http_and_https_addresses_become_links(string address)
    {
        var html = NotebookDisplay.ToTable([ClaimCiting("s", "s1")], null, 20, ContextWith(SourceAt("s1", address))).ToHtml();

        html.Should().NotContain("<a ").And.NotContain("href=");
        html.Should().Contain("<span title=\"P &lt;b&gt;. T &quot;t&quot;. ").And.Contain(">s1</span></td>", "the citation stays available as a tooltip");
        HtmlWriter.SafeHref(address).Should().BeNull();
    }

    [Fact]
    public void Unknown_source_ids_are_shown_as_plain_ids()
    {
        var html = NotebookDisplay.ToTable([ClaimCiting("s", "gone", "s1")], null, 20, ContextWith(SourceAt("s1", "https://example.org/a"))).ToHtml();

        html.Should().Contain(">gone, <a href=\"https://example.org/a\"");
    }

    [Fact]
    public void A_card_encodes_its_title_labels_and_values()
    {
        var card = NotebookDisplay.CardOf(ClaimCiting(Hostile, "s1"), ContextWith());
        var html = card.ToHtml();

        html.Should().NotContain("<script>");
        html.Should().Contain("<b>&lt;script&gt;");
    }
}
