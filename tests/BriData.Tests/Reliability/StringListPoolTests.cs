using BriData.Loading.Embedded;

namespace BriData.Tests.Reliability;

/// <summary>Records of the embedded release whose string lists hold the same items share one read-only list.</summary>
public sealed class StringListPoolTests
{
    [Fact]
    public void Lists_with_the_same_items_are_one_list_and_others_are_not()
    {
        var pool = new StringListPool();
        var a = Make(pool, "imf-dots");
        var b = Make(pool, "imf-dots");
        var c = Make(pool, "imf-dots", "web-x");
        var d = Make(pool, "imf-dots", "web-x");
        var e = Make(pool, "web-x", "imf-dots");

        b.Should().BeSameAs(a);
        d.Should().BeSameAs(c);
        e.Should().NotBeSameAs(c).And.Equal("web-x", "imf-dots");
        Make(pool).Should().BeEmpty().And.BeSameAs(Make(pool));
        ((ICollection<string>)a).IsReadOnly.Should().BeTrue("a shared list can never be changed by one record's holder");
    }

    [Fact]
    public void Past_the_capacity_lists_are_made_per_record_with_the_same_items()
    {
        var pool = new StringListPool();
        for (var i = 0; i < StringListPool.Capacity; i++)
        {
            Make(pool, "s" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var first = Make(pool, "beyond");
        var second = Make(pool, "beyond");

        second.Should().NotBeSameAs(first).And.Equal(first);
        Make(pool, "s0").Should().BeSameAs(Make(pool, "s0"), "lists kept before the capacity stay shared");
    }

    [Fact]
    public void The_embedded_trade_records_share_their_source_lists()
    {
        var trade = BriDataset.Default.Trade;
        var distinct = trade.Select(t => t.SourceIds).Distinct(ReferenceEqualityComparer.Instance).Count();

        distinct.Should().BeLessThan(StringListPool.Capacity).And.BeLessThan(trade.Count / 100);
        trade.GroupBy(t => string.Join("|", t.SourceIds), StringComparer.Ordinal)
            .Should().OnlyContain(g => g.Select(t => t.SourceIds).Distinct(ReferenceEqualityComparer.Instance).Count() == 1);
    }

    private static IReadOnlyList<string> Make(StringListPool pool, params string[] items)
    {
        var list = pool.Begin();
        list.AddRange(items);
        return pool.End();
    }
}
