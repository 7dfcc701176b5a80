namespace BriData.Sets;

/// <summary>How a column's values are written: as CSV text always, and as this JSON type in JSON Lines.</summary>
internal enum ColumnKind
{
    /// <summary>Text; a JSON string.</summary>
    Text = 1,

    /// <summary>A whole number in invariant form (for example <c>-12</c>); a JSON number.</summary>
    Integer = 2,

    /// <summary>A decimal number in invariant form with a dot, no exponent and no group separators (for example <c>1234.50</c>); a JSON number.</summary>
    Decimal = 3,

    /// <summary><c>true</c> or <c>false</c>; a JSON boolean.</summary>
    Boolean = 4,

    /// <summary>An ISO 8601 date truncated to its precision (<c>2024</c>, <c>2024-11</c>, <c>2024-11-14</c>); a JSON string.</summary>
    Date = 5,

    /// <summary>A JSON array or object (lists and nested records); the JSON text in a CSV cell, the JSON value itself in JSON Lines.</summary>
    Json = 6,
}
