namespace BriData.Notebooks;

/// <summary>A piece of a table cell: text, optionally linked to an http(s) address, with an optional tooltip.</summary>
/// <param name="Text">The text shown (never null; escaped when written as HTML).</param>
/// <param name="Href">An absolute http or https address to link to; null for plain text.</param>
/// <param name="Tooltip">A hover text (for example a source's citation); null for none.</param>
internal readonly record struct CellPart(string Text, string? Href = null, string? Tooltip = null);
