using BriData.Notebooks;
using static System.FormattableString;

namespace BriData.Sets;

/// <summary>
/// One column of an export: its name (for example <c>value_usd_millions</c>: BriData names its units), its kind
/// and how to format a row's value as invariant text (null for a missing value). Build columns with the factory
/// methods of <see cref="ColumnFactory"/>, which format numbers, dates and enums culture-independently.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class SetColumn<T>
{
    private readonly Func<T, string?> format;
    private readonly Func<T, object?> value;
    private readonly Func<T, string?>? unitOf;

    /// <summary>Creates a column from a formatting function.</summary>
    /// <param name="name">The header name: ASCII letters, digits and underscores, starting with a letter (so that it never needs quoting); BriData's own schemas use lower-case snake case with the unit (<c>value_usd_millions</c>).</param>
    /// <param name="kind">How the value is written in JSON Lines (and what text the formatter must produce).</param>
    /// <param name="format">Returns the value as invariant text in the form <paramref name="kind"/> requires, or null when missing.</param>
    /// <param name="description">What the column holds, with its unit.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or holds other characters than ASCII letters, digits and underscores, or the kind is undefined.</exception>
    /// <param name="value">Returns the typed value of a row (boxed; null when missing), for the consumers that need more than text (fact tables, Parquet); null to use the formatted text.</param>
    /// <param name="role">What the column is for (dimension, measure, key or detail).</param>
    /// <param name="unit">The unit every value of a measure shares (see <see cref="Units"/>); null when the column has none or no unit is shared.</param>
    /// <param name="unitOf">The unit of one row's value when it varies by row (money of several price years or bases, a claim's unit); null to use <paramref name="unit"/>.</param>
    /// <param name="label">The label readers see in notebooks (for example "Stated cost"); null derives it from the name (see <see cref="ColumnDefaults.Label"/>).</param>
    /// <param name="show">Where notebooks show the column; null for the default of its role (see <see cref="ColumnDefaults.Placement"/>).</param>
    /// <param name="valueType">The type of <see cref="Value"/> (for example <see cref="CountryCode"/> or a list type); null for <see cref="string"/>.</param>
    public SetColumn(string name, ColumnKind kind, Func<T, string?> format, string description, Func<T, object?>? value = null, ColumnRole role = ColumnRole.Detail, string? unit = null, Func<T, string?>? unitOf = null, string? label = null, ColumnPlacement? show = null, Type? valueType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(description);
        if (!IsPlainName(name))
        {
            throw new ArgumentException(Invariant($"Column name '{name}' must be ASCII letters, digits and underscores, starting with a letter (for example value_usd_millions)."), nameof(name));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException(Invariant($"Column kind {kind} is not defined."), nameof(kind));
        }

        Name = name;
        Kind = kind;
        Description = description;
        this.format = format;
        this.value = value ?? format;
        this.unitOf = unitOf;
        Role = role;
        Unit = unit;
        Label = label ?? ColumnDefaults.Label(name);
        Show = show ?? ColumnDefaults.Placement(name, role);
        ValueType = valueType ?? typeof(string);
    }

    /// <summary>The header name, for example <c>value_usd_millions</c>.</summary>
    public string Name { get; }

    /// <summary>How values are written.</summary>
    public ColumnKind Kind { get; }

    /// <summary>What the column holds, with its unit.</summary>
    public string Description { get; }

    /// <summary>What the column is for: a dimension, a measure, the key, or a detail.</summary>
    public ColumnRole Role { get; }

    /// <summary>
    /// The unit every value of the column shares (for example <c>USD millions (nominal)</c>, or <c>USD (nominal)</c> for
    /// nominal amounts of many price years); null when it has none or no unit is shared (a claim's own unit, money of
    /// both bases). <see cref="UnitOf(T)"/> gives one row's exact unit.
    /// </summary>
    public string? Unit { get; }

    /// <summary>True when each row states its own unit (<see cref="UnitOf(T)"/> may differ from <see cref="Unit"/>: the price year of an amount, a claim's unit).</summary>
    public bool UnitVariesByRow => unitOf is not null;

    /// <summary>
    /// The number of digits after the point that every value of a decimal column fits in (for example 20 for
    /// <c>value_usd_millions</c>, a millionth of a cent); <see cref="ColumnFactory.DefaultDecimalPlaces"/> unless the
    /// column table states it. Formats with fixed-scale decimals (Parquet) take their scale from it and refuse a value
    /// with more places rather than round it.
    /// </summary>
    public int DecimalPlaces { get; init; } = ColumnFactory.DefaultDecimalPlaces;

    /// <summary>The JSON path, relative to a record, of the member a text column reads (for example <c>names.english</c>); null when the column computes its value. Validation checks the text there.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The label readers see in notebooks, without the unit (for example "Commitment year" for <c>commitment_year</c>).</summary>
    public string Label { get; }

    /// <summary>Where notebooks show the column: in the set's table (and cards), only on cards, or nowhere.</summary>
    public ColumnPlacement Show { get; }

    /// <summary>The type of <see cref="Value"/> without nullability (for example <see cref="int"/>, <see cref="CountryCode"/> or <c>IReadOnlyList&lt;string&gt;</c>).</summary>
    public Type ValueType { get; }

    /// <summary>The value of <paramref name="row"/> as invariant text; null when missing.</summary>
    public string? Format(T row) => format(row);

    /// <summary>The typed value of <paramref name="row"/> (for example an <see cref="int"/>, a <see cref="decimal"/>, a <see cref="CountryCode"/>, an enum member or a list), boxed; null when missing.</summary>
    public object? Value(T row) => value(row);

    /// <summary>The unit of <paramref name="row"/>'s value: <see cref="Unit"/>, or the row's own when it varies by row; null when none.</summary>
    public string? UnitOf(T row) => unitOf is null ? Unit : unitOf(row);

    /// <summary>The name and kind.</summary>
    public override string ToString() => Invariant($"{Name} ({Kind})");

    internal static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
