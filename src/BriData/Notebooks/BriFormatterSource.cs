namespace BriData.Notebooks;

/// <summary>
/// The formatter source named by BriData's <see cref="TypeFormatterSourceAttribute"/>. .NET Interactive creates it
/// with the public parameterless constructor the first time it shows an attributed type, and registers what
/// <see cref="CreateTypeFormatters"/> returns.
/// </summary>
/// <remarks>
/// Besides HTML and plain-text formatters for the attributed type itself, it returns formatters for any
/// <c>IEnumerable&lt;ISourced&gt;</c> and <c>IEnumerable&lt;Source&gt;</c>, so that once a BriData value has been
/// shown, LINQ results over BriData records (<c>dataset.Finance.Where(…)</c>) show as capped tables too.
/// </remarks>
internal sealed class BriFormatterSource
{
    private readonly Func<DisplayContext> context;

    /// <summary>The source .NET Interactive creates: names and sources from <see cref="BriDataset.Default"/>.</summary>
    public BriFormatterSource()
        : this(() => DisplayContext.Default)
    {
    }

    /// <summary>A source with its own context (for tests).</summary>
    internal BriFormatterSource(Func<DisplayContext> context) => this.context = context;

    /// <summary>The formatters: HTML and plain text, for the attributed type and for collections of records.</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new NotebookFormatter(NotebookMimeTypes.Html, null, context),
        new NotebookFormatter(NotebookMimeTypes.PlainText, null, context),
        new NotebookFormatter(NotebookMimeTypes.Html, typeof(IEnumerable<ISourced>), context),
        new NotebookFormatter(NotebookMimeTypes.PlainText, typeof(IEnumerable<ISourced>), context),
        new NotebookFormatter(NotebookMimeTypes.Html, typeof(IEnumerable<Source>), context),
        new NotebookFormatter(NotebookMimeTypes.PlainText, typeof(IEnumerable<Source>), context),
    ];
}
