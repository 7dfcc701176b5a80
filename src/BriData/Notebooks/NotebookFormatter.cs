namespace BriData.Notebooks;

/// <summary>
/// A formatter as .NET Interactive's convention expects it, matched by member names: a <see cref="MimeType"/>,
/// an optional <see cref="Type"/> it applies to, and <see cref="Format(object, TextWriter)"/>.
/// </summary>
internal sealed class NotebookFormatter
{
    private readonly Func<DisplayContext> context;

    /// <summary>Creates a formatter.</summary>
    /// <param name="mimeType"><see cref="NotebookMimeTypes.Html"/> or <see cref="NotebookMimeTypes.PlainText"/>.</param>
    /// <param name="type">The type it formats; null means the type that carries the <see cref="TypeFormatterSourceAttribute"/>.</param>
    /// <param name="context">Gives the names and sources to show (called at each display).</param>
    public NotebookFormatter(string mimeType, Type? type, Func<DisplayContext> context)
    {
        MimeType = mimeType;
        Type = type;
        this.context = context;
    }

    /// <summary>The MIME type written.</summary>
    public string MimeType { get; }

    /// <summary>The type formatted; null for the attributed type.</summary>
    public Type? Type { get; }

    /// <summary>Writes <paramref name="instance"/>; false when BriData has no display for it.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return string.Equals(MimeType, NotebookMimeTypes.Html, StringComparison.Ordinal)
            ? NotebookRenderer.TryWriteHtml(instance, context(), writer)
            : NotebookRenderer.TryWritePlainText(instance, context(), writer);
    }
}
