namespace BriData.Notebooks;

/// <summary>
/// The content of one table cell: one or more parts, some of them links. A missing value is shown as an em dash
/// (never as zero).
/// </summary>
internal readonly struct Cell
{
    /// <summary>What a missing value looks like.</summary>
    public const string MissingText = "—";

    private readonly CellPart[]? parts;

    private Cell(CellPart[] parts) => this.parts = parts;

    /// <summary>The parts, in order; one empty part for the default value.</summary>
    public IReadOnlyList<CellPart> Parts => parts ?? [new CellPart(string.Empty)];

    /// <summary>True for a missing value.</summary>
    public bool IsMissing => parts is [{ Text: MissingText, Href: null }];

    /// <summary>The cell as plain text: the parts' texts joined.</summary>
    public string PlainText => parts is null ? string.Empty : string.Concat(parts.Select(p => p.Text));

    /// <summary>A missing value.</summary>
    public static Cell Missing { get; } = new([new CellPart(MissingText)]);

    /// <summary>A text cell; null text gives <see cref="Missing"/>.</summary>
    public static Cell Text(string? text) => text is null ? Missing : new Cell([new CellPart(text)]);

    /// <summary>A cell made of the given parts; no parts gives <see cref="Missing"/>.</summary>
    public static Cell Of(IEnumerable<CellPart> parts)
    {
        var array = parts.ToArray();
        return array.Length == 0 ? Missing : new Cell(array);
    }
}
