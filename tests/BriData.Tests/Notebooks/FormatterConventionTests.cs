using System.Collections;
using System.Globalization;
using System.Reflection;
using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Notebooks;

/// <summary>
/// BriData's formatters are found the way .NET Interactive finds convention-based formatters: an attribute whose
/// type is named <c>TypeFormatterSourceAttribute</c> with a <c>FormatterSourceType</c> property, a source created
/// with its parameterless constructor whose <c>CreateTypeFormatters()</c> returns objects with a <c>MimeType</c>
/// property, an optional <c>Type</c> property and a single <c>Format(object, TextWriter)</c> method.
/// These tests walk that path by reflection only, as the notebook host does.
/// </summary>
public sealed class FormatterConventionTests
{
    [Theory]
    [InlineData(typeof(RecordTable))]
    [InlineData(typeof(RecordCard))]
    public void Table_and_card_types_carry_the_attribute_by_name(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute).Should().Be(typeof(BriFormatterSource));
        attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute).Should().BeEquivalentTo(new[] { "text/html", "text/plain" });
    }

    [Fact]
    public void The_source_yields_html_and_plain_text_formatters_for_the_attributed_type_and_for_record_collections()
    {
        var formatters = CreateFormatters();

        formatters.Select(f => (Mime: Property<string>(f, "MimeType"), Type: Property<Type>(f, "Type"))).Should().BeEquivalentTo(new (string, Type?)[]
        {
            ("text/html", null), ("text/plain", null),
            ("text/html", typeof(IEnumerable<ISourced>)), ("text/plain", typeof(IEnumerable<ISourced>)),
            ("text/html", typeof(IEnumerable<Source>)), ("text/plain", typeof(IEnumerable<Source>)),
        });
        formatters.Should().OnlyContain(f => f.GetType().GetMethod("Format") != null, "GetMethod(\"Format\") must not be ambiguous");
    }

    [Fact]
    public void The_html_formatter_writes_a_table_for_a_record_table()
    {
        var table = FixtureData.Dataset.Claims.ToTable(dataset: FixtureData.Dataset);

        var (handled, html) = Format(table, "text/html", type: null);

        handled.Should().BeTrue();
        html.Should().Be(table.ToHtml()).And.StartWith("<table class=\"bridata\"");
    }

    [Fact]
    public void The_plain_text_formatter_writes_the_text_table()
    {
        var table = FixtureData.Dataset.Claims.ToTable(dataset: FixtureData.Dataset);

        var (handled, text) = Format(table, "text/plain", type: null);

        handled.Should().BeTrue();
        text.Should().Be(table.ToString());
    }

    [Fact]
    public void A_linq_result_over_records_is_assignable_to_the_collection_formatter_type_and_shown_capped()
    {
        var records = FixtureData.Dataset.Trade.Where(t => t.Year >= 2017);
        typeof(IEnumerable<ISourced>).IsAssignableFrom(records.GetType()).Should().BeTrue("the host picks formatters by IsAssignableFrom");

        var (handled, html) = Format(records, "text/html", typeof(IEnumerable<ISourced>));

        handled.Should().BeTrue();
        html.Should().Contain("<b>Trade (IMF DOTS)</b> · 48 rows").And.Contain("… 28 more rows");
    }

    [Fact]
    public void A_single_record_is_shown_as_a_card_and_a_dataset_as_a_summary_of_its_sets()
    {
        var (cardHandled, card) = Format(FixtureData.Dataset.Projects.Get("fx-port"), "text/html", type: null);
        var (summaryHandled, summary) = Format(FixtureData.Dataset, "text/plain", type: null);

        cardHandled.Should().BeTrue();
        card.Should().Contain("bridata-card").And.Contain("Port P");
        summaryHandled.Should().BeTrue();
        summary.Should().StartWith($"BriData fixture-1 (released 2026-01-01, format 1): {BriData.Loading.DataSetName.All.Length} rows");
        summary.Should().MatchRegex(@"Trade\s+\|[^|]+\|\s+48 \| USD m, nominal");
    }

    [Fact]
    public void Values_BriData_does_not_know_are_declined()
    {
        Format(42, "text/html", type: null).Handled.Should().BeFalse();
        Format("text", "text/plain", type: null).Handled.Should().BeFalse();
        Format(new[] { 1, 2 }, "text/html", type: null).Handled.Should().BeFalse();
    }

    /// <summary>The formatters as the host gets them: attribute by name, source by Activator, method by name.</summary>
    private static object[] CreateFormatters()
    {
        var attribute = typeof(RecordTable).GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        return FormattersOf(Activator.CreateInstance(sourceType)!);
    }

    private static object[] FormattersOf(object source)
    {
        var formatters = (IEnumerable)source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        return formatters.Cast<object>().ToArray();
    }

    private static T? Property<T>(object target, string name) => (T?)target.GetType().GetProperty(name)!.GetValue(target);

    private static (bool Handled, string Output) Format(object value, string mimeType, Type? type)
    {
        // Same formatters, with names and sources from the fixture release instead of the embedded one.
        var fixtureSource = new BriFormatterSource(() => DisplayContext.For(FixtureData.Dataset));
        var formatter = FormattersOf(fixtureSource).Single(f => Property<string>(f, "MimeType") == mimeType && Property<Type>(f, "Type") == type);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var handled = (bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!;
        return (handled, writer.ToString());
    }
}
