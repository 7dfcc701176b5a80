namespace BriData.Formats;

/// <summary>Malformed CSV at a line.</summary>
internal sealed class CsvSyntaxException(long line, string reason) : Exception(reason)
{
    public long Line { get; } = line;
}
