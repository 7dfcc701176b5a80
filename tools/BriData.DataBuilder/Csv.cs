using System.Text;

namespace BriData.DataBuilder;

/// <summary>An RFC 4180 CSV reader: quoted fields, doubled quotes, newlines inside quotes; rows as header-keyed dictionaries.</summary>
internal static class Csv
{
    public static IReadOnlyList<CsvRow> Read(string path, Encoding? encoding = null)
    {
        var text = File.ReadAllText(path, encoding ?? new UTF8Encoding(false, true));
        var rows = Parse(text);
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{path}: no header row");
        }

        var header = rows[0].Select(h => h.Trim()).ToArray();
        var result = new List<CsvRow>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Count == 1 && rows[i][0].Length == 0)
            {
                continue;
            }

            if (rows[i].Count != header.Length)
            {
                throw new InvalidDataException($"{path}: record {i} has {rows[i].Count} fields, the header has {header.Length}");
            }

            result.Add(new CsvRow(path, i, header, rows[i]));
        }

        return result;
    }

    private static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}

/// <summary>One CSV record with its file and record number for error messages.</summary>
internal sealed class CsvRow(string path, int number, string[] header, List<string> values)
{
    public string Path { get; } = path;

    public int Number { get; } = number;

    public string this[string column]
    {
        get
        {
            var index = Array.IndexOf(header, column);
            if (index < 0)
            {
                throw new InvalidDataException($"{Path}: no column '{column}'");
            }

            return values[index];
        }
    }

    public string? Optional(string column)
    {
        var value = this[column].Trim();
        return value.Length == 0 ? null : value;
    }

    public InvalidDataException Error(string message) => new($"{Path} record {Number}: {message}");
}
