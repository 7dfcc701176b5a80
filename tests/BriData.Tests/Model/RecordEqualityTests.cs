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
}
