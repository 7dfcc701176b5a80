namespace BriData.Notebooks;

/// <summary>How <see cref="ColumnCells"/> reads a column's values beyond their type.</summary>
internal enum ValueShape
{
    /// <summary>Any value: shown by its type.</summary>
    Plain,

    /// <summary>The set's key: a country code is shown bare (the record is the country).</summary>
    Key,

    /// <summary>A country (or list of countries) where a missing value means the region as a whole.</summary>
    Country,

    /// <summary>Source ids, each linked to its source.</summary>
    Sources,
}
