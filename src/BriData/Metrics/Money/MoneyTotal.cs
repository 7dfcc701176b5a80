namespace BriData;

/// <summary>
/// A money total over records, in the records' own basis, with how many records it covers. Records without an
/// amount are counted in <see cref="RecordsWithoutAmount"/> and not added (missing is not zero).
/// </summary>
public sealed record MoneyTotal
{
    /// <summary>The sum of the amounts, in the records' basis (nominal sums over several years have no single price year); null when no counted record has an amount.</summary>
    public Money? Amount { get; init; }

    /// <summary>The sum in millions of USD of <see cref="Amount"/>'s basis; null when <see cref="Amount"/> is null.</summary>
    public decimal? AmountUsdMillions => Amount?.AmountUsdMillions;

    /// <summary>The records counted (after the aggregation rule), with or without an amount.</summary>
    public required int RecordCount { get; init; }

    /// <summary>Counted records that have no amount.</summary>
    public required int RecordsWithoutAmount { get; init; }

    /// <summary>Records left out because they may not be summed (see <see cref="AggregationScope.SafeRecordsOnly"/>).</summary>
    public required int ExcludedRecordCount { get; init; }

    /// <summary>Ids of the sources of the counted records, sorted ordinally.</summary>
    public required IReadOnlyList<string> SourceIds { get; init; }

    /// <summary>For example <c>USD 670.0 m (constant 2021) from 6 records (1 without amount, 1 excluded)</c>; the amount rounded for display.</summary>
    public override string ToString() =>
        (Amount?.ToString() ?? "no amount") + " from " + DisplayFormat.Count(RecordCount, "record")
        + " (" + DisplayFormat.Count(RecordsWithoutAmount) + " without amount, " + DisplayFormat.Count(ExcludedRecordCount) + " excluded)";
}
