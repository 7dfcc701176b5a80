namespace BriData.Notebooks;

/// <summary>The MIME types BriData's notebook formatters write.</summary>
internal static class NotebookMimeTypes
{
    /// <summary>An HTML fragment (a table or a card).</summary>
    public const string Html = "text/html";

    /// <summary>Plain text, for consoles and hosts that do not render HTML.</summary>
    public const string PlainText = "text/plain";
}
