namespace BriData.Tests.Core;

/// <summary>
/// Tables large enough for the parallel partitions and the hashed path, checked against a plain loop. Values are small
/// integers, so every double sum is exact and the comparison can be strict.
/// </summary>
public sealed class LargeTableTests
{
    private readonly record struct Row(int A, int B, int C, double? V);

    private static Row[] Rows(int count, int aKeys, int bKeys) =>
        [.. Enumerable.Range(0, count).Select(i => new Row(
            (int)((i * 2654435761L) % aKeys),
            (i / 7) % bKeys,
            i % 3,
            i % 97 == 0 ? null : (i % 1000) - 300))];

    private static FactTable Build(Row[] rows) => FactTable.Create<Row>()
        .Dimension("a", r => r.A).Dimension("b", r => r.B).Dimension("c", r => r.C)
        .Measure("v", r => r.V)
        .Build(rows);

    private static void ShouldMatchLoop(AggregateResult result, IEnumerable<Row> rows)
    {
        var expected = rows
            .GroupBy(r => (r.A, r.B))
            .OrderBy(g => g.Key.A).ThenBy(g => g.Key.B)
            .Select(g => (g.Key.A, g.Key.B, (long)g.Count(), (long)g.Count(r => r.V is null),
                g.Any(r => r.V is not null) ? g.Sum(r => r.V) : null,
                g.Min(r => r.V), g.Max(r => r.V)))
            .ToArray();
        result.Select(r => (r.GetKey<int>(0), r.GetKey<int>(1), r.RowCount, r.MissingCount, r.Sum, r.Min, r.Max))
            .Should().Equal(expected);
    }

    [Fact]
    public void Parallel_partitions_give_the_same_groups_as_a_plain_loop()
    {
        var rows = Rows(300_000, 40, 60);
        var table = Build(rows);
        ShouldMatchLoop(table.GroupBy("a", "b").Aggregate("v"), rows);
        ShouldMatchLoop(table.Where("c", 1, 2).GroupBy("a", "b").Aggregate("v"), rows.Where(r => r.C != 0));
        ShouldMatchLoop(table.Where<int>("a", a => a % 2 == 0).GroupBy("a", "b").Aggregate("v"), rows.Where(r => r.A % 2 == 0));
    }

    [Fact]
    public void Results_are_the_same_on_every_run()
    {
        var table = FactTable.Create<int>().Dimension("k", i => i % 50).Measure("v", i => 1.0 / (i + 1)).Build(Enumerable.Range(0, 200_000));
        var first = table.GroupBy("k").Sum("v").Select(r => r.Sum).ToArray();
        for (var run = 0; run < 5; run++)
        {
            table.GroupBy("k").Sum("v").Select(r => r.Sum).Should().Equal(first);
        }
    }

    [Fact]
    public void More_combinations_than_the_dense_limit_use_the_hashed_path_with_the_same_answers()
    {
        // 3,000 × 2,000 = 6,000,000 combinations > 2^22 slots: hashed.
        var rows = Rows(50_000, 3_000, 2_000);
        var table = Build(rows);
        ((long)table.GetDimension("a").Cardinality * table.GetDimension("b").Cardinality).Should().BeGreaterThan(GroupAggregator.DenseSlotLimit);
        ShouldMatchLoop(table.GroupBy("a", "b").Aggregate("v"), rows);
        ShouldMatchLoop(table.Where("c", 0).GroupBy("a", "b").Aggregate("v"), rows.Where(r => r.C == 0));
    }

    [Fact]
    public void A_million_rows_build_and_aggregate()
    {
        var table = FactTable.Create<int>()
            .Dimension("country", i => i % 34)
            .Dimension("year", i => 1960 + (i % 65))
            .Measure("amount", i => i % 100 == 0 ? null : 1.0)
            .Build(Enumerable.Range(0, 1_000_000));
        var result = table.GroupBy("country", "year").Sum("amount");
        result.Count.Should().Be(34 * 65);
        result.RowCount.Should().Be(1_000_000);
        result.MissingCount.Should().Be(10_000);
        result.Sum(r => r.Sum!.Value).Should().Be(990_000);
    }
}
