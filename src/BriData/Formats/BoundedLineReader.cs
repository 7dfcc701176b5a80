using System.Text;
using static System.FormattableString;

namespace BriData.Formats;

/// <summary>Reads lines (LF, CRLF or CR ends) from a <see cref="TextReader"/>, refusing a line longer than a limit so that hostile input cannot exhaust memory.</summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLength)
{
    private readonly StringBuilder line = new();

    /// <summary>The 1-based number of the last line returned.</summary>
    public long Line { get; private set; }

    /// <summary>The next line without its end; null at the end of the input.</summary>
    /// <exception cref="CsvSyntaxException">The line is longer than the limit.</exception>
    public string? ReadLine()
    {
        line.Clear();
        var c = reader.Read();
        if (c < 0)
        {
            return null;
        }

        Line++;
        while (c >= 0 && c != '\n' && c != '\r')
        {
            if (line.Length >= maxLength)
            {
                throw new CsvSyntaxException(Line, Invariant($"the line is longer than {maxLength} chars"));
            }

            line.Append((char)c);
            c = reader.Read();
        }

        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        return line.ToString();
    }
}
