namespace BriData.Sets;

/// <summary>
/// What a column of a set is for, beyond being written: the fact tables, the tidy rows, the Parquet encoding and
/// the data dictionary read it from the column table instead of keeping their own lists of a set's fields.
/// </summary>
internal enum ColumnRole
{
    /// <summary>Described and written, but neither grouped by nor summed (titles, notes, lists, dates of detail).</summary>
    Detail = 0,

    /// <summary>The record's identifier (the tidy rows' entity).</summary>
    Key = 1,

    /// <summary>A categorical value to group and filter by (a country, a year, a sector, a flag).</summary>
    Dimension = 2,

    /// <summary>A number with a unit that may be summed (an amount, a population).</summary>
    Measure = 3,
}
