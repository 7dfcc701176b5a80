using System.Text;
using static System.FormattableString;

namespace BriData.Formats;

/// <summary>
/// A streaming RFC 4180 record reader: fields separated by commas, records by CRLF (a bare LF or CR is accepted),
/// fields optionally enclosed in double quotes with <c>""</c> for a quote, line breaks allowed inside quotes.
/// Reports whether each field was quoted (so that <c>""</c>, an empty string, differs from an empty field, a
/// missing value) and the line on which each record starts. Never reads more than one field beyond the limit.
/// </summary>
internal sealed class CsvParser(TextReader reader, int maxFieldLength)
{
    private readonly StringBuilder field = new();
    private long line = 1;
    private int pending = -2;

    /// <summary>Where the text of short fields comes from (one string per repeated value); null for a new string per field.</summary>
    public StringPool? Pool { get; init; }

    /// <summary>The most fields kept of a record; further fields are read and counted in <see cref="DroppedFields"/>, not kept.</summary>
    public int MaxFields { get; set; } = 10_000;

    /// <summary>How many fields of the last record were beyond <see cref="MaxFields"/>.</summary>
    public long DroppedFields { get; private set; }

    /// <summary>The 1-based line on which the last record returned by <see cref="TryReadRecord"/> starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/> (text and quoted flag per field). Returns false at the
    /// end of the input. Blank lines are skipped. Throws <see cref="CsvSyntaxException"/> on malformed input.
    /// </summary>
    public bool TryReadRecord(List<(string Text, bool Quoted)> fields)
    {
        fields.Clear();
        DroppedFields = 0;
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                return false;
            }

            if (c is '\r' or '\n')
            {
                ReadLineBreak();
                continue;
            }

            break;
        }

        RecordLine = line;
        while (true)
        {
            var (text, quoted) = ReadField();
            if (fields.Count < MaxFields)
            {
                fields.Add((text, quoted));
            }
            else
            {
                DroppedFields++;
            }

            var c = Next();
            if (c == ',')
            {
                continue;
            }

            if (c == '\r')
            {
                if (Peek() == '\n')
                {
                    Next();
                }

                line++;
                return true;
            }

            if (c == '\n')
            {
                line++;
                return true;
            }

            if (c < 0)
            {
                return true;
            }

            throw new CsvSyntaxException(line, Invariant($"unexpected character '{(char)c}' after a field"));
        }
    }

    private (string Text, bool Quoted) ReadField()
    {
        field.Clear();
        if (Peek() != '"')
        {
            while (true)
            {
                var c = Peek();
                if (c is < 0 or ',' or '\r' or '\n')
                {
                    return (Text(), false);
                }

                if (c == '"')
                {
                    throw new CsvSyntaxException(line, "a double quote inside an unquoted field (quote the whole field and double the quote)");
                }

                Append((char)Next());
            }
        }

        var startLine = line;
        Next();
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                throw new CsvSyntaxException(startLine, "a quoted field is not closed before the end of the file");
            }

            if (c == '"')
            {
                if (Peek() == '"')
                {
                    Next();
                    Append('"');
                    continue;
                }

                var after = Peek();
                if (after is < 0 or ',' or '\r' or '\n')
                {
                    return (Text(), true);
                }

                throw new CsvSyntaxException(line, Invariant($"unexpected character '{(char)after}' after a closing quote"));
            }

            if (c == '\n' || (c == '\r' && Peek() != '\n'))
            {
                line++;
            }

            Append((char)c);
        }
    }

    private string Text() => Pool is null ? field.ToString() : Pool.Get(field);

    private void Append(char c)
    {
        if (field.Length >= maxFieldLength)
        {
            throw new CsvSyntaxException(line, Invariant($"a field longer than {maxFieldLength} chars exceeds the limit (BriLoadOptions.MaxStringLength)"));
        }

        field.Append(c);
    }

    private void ReadLineBreak()
    {
        if (Next() == '\r' && Peek() == '\n')
        {
            Next();
        }

        line++;
    }

    private int Peek()
    {
        if (pending == -2)
        {
            pending = reader.Read();
        }

        return pending;
    }

    private int Next()
    {
        var c = Peek();
        pending = -2;
        return c;
    }
}
