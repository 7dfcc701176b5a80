using System.Collections;
using System.Reflection;
using FluentAssertions;
using Xunit;

namespace BriData.Tests.Model;

/// <summary>
/// Records compare by value, lists included: a dataset rebuilt from its own content holds records equal to the
/// originals (with equal hash codes), and changing one list item makes a record unequal.
/// </summary>
public sealed class RecordEqualityTests
{
    private static readonly BriDataset Data = BriDataset.Default;

    public static TheoryData<string> SetProperties() =>
        new(typeof(BriDatasetContent).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => p.Name));

    [Theory]
    [MemberData(nameof(SetProperties))]
    public void A_rebuilt_dataset_holds_equal_records(string set)
    {
        var property = typeof(BriDatasetContent).GetProperty(set)!;
        var original = (IList)property.GetValue(Data.ToContent())!;
        var rebuilt = (IList)property.GetValue(BriDataset.Create(Data.ToContent()).ToContent())!;

        rebuilt.Count.Should().Be(original.Count).And.BePositive();
        for (var i = 0; i < original.Count; i++)
        {
            rebuilt[i].Should().Be(original[i], $"record {i} of {set} is rebuilt from the same values");
            rebuilt[i]!.GetHashCode().Should().Be(original[i]!.GetHashCode(), $"equal records of {set} hash alike");
        }
    }

    [Fact]
    public void A_record_whose_list_differs_is_not_equal()
    {
        var trade = Data.Trade[0];
        var otherSource = Data.Sources.First(s => !trade.SourceIds.Contains(s.Id, StringComparer.Ordinal)).Id;
        var rebuilt = BriDataset.Create(Data.ToContent() with
        {
            Trade = [trade with { SourceIds = [.. trade.SourceIds, otherSource] }, .. Data.Trade.Skip(1)],
        });

        (rebuilt.Trade[0] == trade).Should().BeFalse();
        (BriDataset.Create(Data.ToContent()).Trade[0] == trade).Should().BeTrue();
    }

    [Fact]
    public void Contents_compare_by_their_records_not_their_list_instances()
    {
        var content = Data.ToContent();
        var copied = content with { Trade = [.. content.Trade], Claims = [.. content.Claims] };

        copied.Should().NotBeSameAs(content);
        copied.Trade.Should().NotBeSameAs(content.Trade);
        (copied == content).Should().BeTrue("the same records in new lists are the same content");
        copied.GetHashCode().Should().Be(content.GetHashCode());
        (BriDataset.Create(content).ToContent() == content).Should().BeTrue("a dataset rebuilt from its content gives it back");

        var changed = content with { Trade = [content.Trade[0] with { IsEstimate = !content.Trade[0].IsEstimate }, .. content.Trade.Skip(1)] };
        (changed == content).Should().BeFalse("one record differs");
        (content with { Claims = [.. content.Claims.Reverse()] } == content).Should().BeFalse("order is part of a set");
        (content with { Version = content.Version + "x" } == content).Should().BeFalse();
    }

    [Fact]
    public void A_content_names_every_set_with_its_count()
    {
        var text = Data.ToContent().ToString();
        foreach (var property in typeof(BriDatasetContent).GetProperties().Where(p => p.PropertyType.IsGenericType))
        {
            var count = ((ICollection)property.GetValue(Data.ToContent())!).Count;
            text.Should().Contain(" " + count.ToString(System.Globalization.CultureInfo.InvariantCulture), property.Name);
        }

        text.Should().Contain("published-figures").And.Contain("aiddata-country-years");
    }
}
