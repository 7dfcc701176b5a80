namespace BriData;

/// <summary>
/// A money total over records, in the records' own basis, with how many records it covers. Records without an
/// amount are counted in <see cref="RecordsWithoutAmount"/> and not added (missing is not zero).
/// </summary>
public sealed class MoneyTotal
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal MoneyTotal()
    {
    }

    /// <summary>The sum of the amounts, in the records' basis (nominal sums over several years have no single price year); null when no counted record has an amount.</summary>
    public Money? Amount { get; internal init; }

    /// <summary>The records counted (after the aggregation rule), with or without an amount.</summary>
    public int RecordCount { get; internal init; }

    /// <summary>Counted records that have no amount.</summary>
    public int RecordsWithoutAmount { get; internal init; }

    /// <summary>Records left out because they may not be summed (see <see cref="AggregationScope.SafeRecordsOnly"/>).</summary>
    public int ExcludedRecordCount { get; internal init; }

    /// <summary>
    /// Investment totals of one <see cref="InvestmentKind"/> only: the rows of kind <see cref="InvestmentKind.Unknown"/>
    /// in the same selection (and group) that the aggregation rule would have counted, left out because nobody can say
    /// whether they are investments or construction contracts. 0 for every other total (finance, all kinds, the
    /// Unknown kind itself).
    /// </summary>
    public int UnknownKindExcludedCount { get; internal init; }

    /// <summary>The sum of the rows in <see cref="UnknownKindExcludedCount"/>, nominal USD; null when there are none.</summary>
    public Money? UnknownKindExcludedAmount { get; internal init; }

    /// <summary>Ids of the sources of the counted records, sorted ordinally.</summary>
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The same total, saying how many rows of unknown kind it leaves out and their amount.</summary>
    internal MoneyTotal WithUnknownKindExcluded(int count, Money? amount) => new()
    {
        Amount = Amount,
        RecordCount = RecordCount,
        RecordsWithoutAmount = RecordsWithoutAmount,
        ExcludedRecordCount = ExcludedRecordCount,
        UnknownKindExcludedCount = count,
        UnknownKindExcludedAmount = amount,
        SourceIds = SourceIds,
    };

    /// <summary>
    /// For example <c>USD 670.0 m (constant 2021) from 6 records (1 without amount, 1 excluded)</c>, and for a total of
    /// one investment kind that leaves rows out <c>; 2 rows of unknown kind left out: USD 1,400.0 m (nominal 2018)</c>;
    /// amounts rounded for display.
    /// </summary>
    public override string ToString() =>
        (Amount?.ToString() ?? "no amount") + " from " + DisplayFormat.Count(RecordCount, "record")
        + " (" + DisplayFormat.Count(RecordsWithoutAmount) + " without amount, " + DisplayFormat.Count(ExcludedRecordCount) + " excluded)"
        + (UnknownKindExcludedCount > 0
            ? "; " + DisplayFormat.Count(UnknownKindExcludedCount, "row") + " of unknown kind left out: " + (UnknownKindExcludedAmount?.ToString() ?? DisplayFormat.MissingText)
            : string.Empty);
}
