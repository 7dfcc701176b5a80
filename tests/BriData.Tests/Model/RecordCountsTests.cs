using System.Collections;
using FluentAssertions;
using Xunit;

namespace BriData.Tests.Model;

/// <summary>
/// <see cref="BriDataset.RecordCounts"/> names every set of a release once, with its count, so that nothing that lists
/// the sets (the CLI's <c>about</c>, <see cref="BriDataset.ToString"/>) can leave one out.
/// </summary>
public sealed class RecordCountsTests
{
    private static readonly BriDataset Data = BriDataset.Default;

    [Fact]
    public void Every_set_of_the_content_is_counted_once_with_its_count()
    {
        var content = Data.ToContent();
        var lists = typeof(BriDatasetContent).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Select(p => ((ICollection)p.GetValue(content)!).Count)
            .ToList();

        Data.RecordCounts.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        Data.RecordCounts.Should().HaveCount(lists.Count);
        Data.RecordCounts.Select(c => c.Value).Order().Should().Equal(lists.Order());
        Data.RecordCounts.Should().Contain(KeyValuePair.Create("published-figures", Data.PublishedFigures.Count))
            .And.Contain(KeyValuePair.Create("aiddata-country-years", Data.AidDataCountryYears.Count))
            .And.Contain(KeyValuePair.Create("trade", Data.Trade.Count));
    }

    [Fact]
    public void A_dataset_names_the_count_of_every_set()
    {
        var text = Data.ToString();

        text.Should().StartWith("BriData " + Data.Version + ": ");
        foreach (var (set, count) in Data.RecordCounts)
        {
            text.Should().Contain(set + " " + count.ToString(System.Globalization.CultureInfo.InvariantCulture), set);
        }
    }

    [Fact]
    public void A_derived_dataset_counts_its_own_records()
    {
        var derived = BriDataset.Create(Data.ToContent() with { Claims = [.. Data.Claims.Take(3)] });

        derived.RecordCounts.Should().Contain(KeyValuePair.Create("claims", 3));
    }
}
