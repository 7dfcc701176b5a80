namespace BriData.Notebooks;

/// <summary>Where a column of a set's column table is shown in notebooks (see <see cref="BriData.Sets.SetColumn{T}.Show"/>).</summary>
internal enum ColumnPlacement
{
    /// <summary>In the set's table, and so on each record's card.</summary>
    Table,

    /// <summary>Only on a record's card (and only when the record has a value).</summary>
    Card,

    /// <summary>Nowhere: the column repeats what another column shows (a year derived from a date).</summary>
    Hidden,
}
