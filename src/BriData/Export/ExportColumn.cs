using static System.FormattableString;

namespace BriData.Export;

/// <summary>
/// One column of an export: its name (for example <c>value_usd_millions</c>: BriData names its units), its kind
/// and how to format a row's value as invariant text (null for a missing value). Build columns with the factory
/// methods of <see cref="ExportColumns"/>, which format numbers, dates and enums culture-independently.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class ExportColumn<T>
{
    private readonly Func<T, string?> format;

    /// <summary>Creates a column from a formatting function.</summary>
    /// <param name="name">The header name: ASCII letters, digits and underscores, starting with a letter (so that it never needs quoting); BriData's own schemas use lower-case snake case with the unit (<c>value_usd_millions</c>).</param>
    /// <param name="kind">How the value is written in JSON Lines (and what text the formatter must produce).</param>
    /// <param name="format">Returns the value as invariant text in the form <paramref name="kind"/> requires, or null when missing.</param>
    /// <param name="description">What the column holds, with its unit.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is empty or holds other characters than ASCII letters, digits and underscores, or the kind is undefined.</exception>
    public ExportColumn(string name, ExportColumnKind kind, Func<T, string?> format, string description)
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
    }

    /// <summary>The header name, for example <c>value_usd_millions</c>.</summary>
    public string Name { get; }

    /// <summary>How values are written.</summary>
    public ExportColumnKind Kind { get; }

    /// <summary>What the column holds, with its unit.</summary>
    public string Description { get; }

    /// <summary>The value of <paramref name="row"/> as invariant text; null when missing.</summary>
    public string? Format(T row) => format(row);

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
