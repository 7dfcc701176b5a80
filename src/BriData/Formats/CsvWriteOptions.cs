namespace BriData;

/// <summary>How <see cref="CsvFormat"/> writes CSV.</summary>
/// <remarks>Immutable: <see cref="Default"/> can be shared by any number of threads.</remarks>
public sealed class CsvWriteOptions
{
    /// <summary>The defaults: formulas neutralised.</summary>
    public static CsvWriteOptions Default { get; } = new();

    /// <summary>
    /// Whether a text cell that a spreadsheet would run as a formula is written with a leading apostrophe
    /// (<c>'=HYPERLINK(…)</c>): one that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return,
    /// after any apostrophes. True by default, because CSV is opened by people in spreadsheets, where a cell such as
    /// <c>=HYPERLINK("https://…")</c> or <c>@SUM(…)</c> from a hostile release would run. Only text columns are
    /// affected (numbers such as <c>-5</c> stay numbers). <see cref="CsvFormat.Read{T}(TextReader, BriLoadOptions?, string?)"/>
    /// and <c>BriDataset.Load</c> remove the apostrophe again, so BriData reads back exactly the text it wrote.
    /// The trade-off: other programs (pandas, R, a database import) see the apostrophe; set this to false for files
    /// meant only for such programs.
    /// </summary>
    public bool NeutralizeFormulas { get; init; } = true;

    /// <summary>For example <c>CSV writing: formulas neutralised</c>.</summary>
    public override string ToString() => NeutralizeFormulas ? "CSV writing: formulas neutralised" : "CSV writing: cells as they are (formulas not neutralised)";
}
