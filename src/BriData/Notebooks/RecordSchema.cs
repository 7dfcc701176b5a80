namespace BriData.Notebooks;

/// <summary>How one record type is shown: a title for tables of it, its columns, and extras for a single-record card.</summary>
internal sealed class RecordSchema
{
    /// <summary>Creates a schema.</summary>
    /// <param name="recordType">The record type the schema shows.</param>
    /// <param name="title">What a table of such records is called, for example "Finance records (AidData GCDF 3.0)".</param>
    /// <param name="columns">The table columns, in order.</param>
    /// <param name="cardRows">Extra rows shown only on a single record's card; empty for none.</param>
    /// <param name="cardTables">Nested tables shown only on a card (for example a project's milestones); null for none.</param>
    public RecordSchema(
        Type recordType,
        string title,
        IReadOnlyList<DisplayColumn> columns,
        IReadOnlyList<DisplayColumn>? cardRows = null,
        IReadOnlyList<CardTable>? cardTables = null)
    {
        RecordType = recordType;
        Title = title;
        Columns = columns;
        CardRows = cardRows ?? [];
        CardTables = cardTables ?? [];
    }

    /// <summary>The record type.</summary>
    public Type RecordType { get; }

    /// <summary>The title of a table of these records.</summary>
    public string Title { get; }

    /// <summary>The table columns.</summary>
    public IReadOnlyList<DisplayColumn> Columns { get; }

    /// <summary>Extra rows on a card.</summary>
    public IReadOnlyList<DisplayColumn> CardRows { get; }

    /// <summary>Nested tables on a card.</summary>
    public IReadOnlyList<CardTable> CardTables { get; }
}
