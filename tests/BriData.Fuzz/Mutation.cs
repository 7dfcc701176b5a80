using System.Text;
using System.Text.RegularExpressions;

namespace BriData.Fuzz;

/// <summary>
/// One change to a file: byte-level (flip, overwrite, insert a token, delete, duplicate, truncate, replace) or
/// value-level (replace the n-th number or string with one that parses but may be wrong: extreme years and amounts,
/// unknown codes and ids, impossible dates), so that damaged data also reaches validation and the loaded dataset.
/// </summary>
/// <param name="Kind">Which change (0..8).</param>
/// <param name="Position">Where, as a number reduced modulo the file length.</param>
/// <param name="Length">How many bytes are affected (for delete and duplicate).</param>
/// <param name="Value">The byte for flips and overwrites; the token index for inserts.</param>
public sealed record Mutation(int Kind, int Position, int Length, int Value)
{
    /// <summary>Tokens that tend to break parsers: JSON punctuation, extreme numbers, bad escapes, bad UTF-8, BOMs, CSV quotes.</summary>
    public static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "0", "-0.0", "1e400", "99999999999999999999999999999999", "NaN",
            "\"\\ud800\"", "\"\"", "\r\n", "\n", "\r", "\"ExportsFob\"", "\"CHN\"", "\"XYZ\"", "\"2023-02-29\"", "\"2024-13\"", "[[[[[[[[[[[[[[[[[[[[",
            "\"formatVersion\": 2,", ",,", "\"records\": null", "\"\\u0000\"", "\"$type\": \"System.IO.FileInfo\",", "\"\"\"", "\"a,b\"", "  ", "\t",
            "{\"amountUsd\": 1, \"basis\": \"ConstantUsd2021\", \"priceYear\": 2000}", "\"ExportsFob, ImportsCif\"", "1", "2147483648", "-9223372036854775809",
            new string('a', 300), new string('[', 80) + new string(']', 80), "\"x\": {\"y\": [1, {\"z\": null}]},",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3, 0x28], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0x00],
    ];

    /// <summary>Numbers that parse but test ranges and limits.</summary>
    public static readonly string[] Numbers =
    [
        "0", "-1", "1", "1947", "1948", "1999", "2000", "9999", "10000", "2147483647", "-2147483648", "1000000000", "1000000000.0001",
        "1000000000000000", "1000000000000001", "79228162514264337593543950335", "0.0000000000000000000000000001", "1.50", "-0", "3",
    ];

    /// <summary>Strings that parse but test references, codes, dates and names.</summary>
    public static readonly string[] Strings =
    [
        "", " ", "CHN", "WLD", "XYZ", "ARG", "PER", "CUW", "2024", "2024-02-29", "2023-02-29", "0001", "9999-12-31", "1850", "src-a", "src-b", "inv-1",
        "port-a", "ExportsFob", "ConstantUsd2021", "NominalUsd", "About", "Peru", "Perú", "peru", "China", "a\nb", "https://", "claims", "trade.csv",
        "trade.json", "\u0000", "Argentine Republic (alias)", "ev-fta-per", "101",
    ];

    private static readonly Regex NumberToken = new(@"(?<=[:\[,]\s*)-?\d+(\.\d+)?(?=\s*[,\]}\r\n])", RegexOptions.CultureInvariant);
    private static readonly Regex StringToken = new("\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.CultureInvariant);

    /// <summary>Applies the change to a copy of <paramref name="bytes"/>.</summary>
    public byte[] Apply(byte[] bytes)
    {
        if (Kind is 7 or 8)
        {
            return ReplaceValue(bytes);
        }

        var list = new List<byte>(bytes);
        var at = list.Count == 0 ? 0 : (int)((uint)Position % (uint)list.Count);
        switch (Kind)
        {
            case 0 when list.Count > 0:
                list[at] ^= (byte)(1 << (Value & 7));
                break;
            case 1 when list.Count > 0:
                list[at] = (byte)Value;
                break;
            case 2:
                list.InsertRange(at, Tokens[(int)((uint)Value % (uint)Tokens.Length)]);
                break;
            case 3 when list.Count > 0:
                list.RemoveRange(at, Math.Min(Length, list.Count - at));
                break;
            case 4 when list.Count > 0:
                list.InsertRange(at, list.GetRange(at, Math.Min(Length, list.Count - at)));
                break;
            case 5:
                list.RemoveRange(at, list.Count - at);
                break;
            case 6 when list.Count > 0:
                var token = Tokens[(int)((uint)Value % (uint)Tokens.Length)];
                list.RemoveRange(at, Math.Min(Length % 12, list.Count - at));
                list.InsertRange(at, token);
                break;
        }

        return [.. list];
    }

    private byte[] ReplaceValue(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var matches = (Kind == 7 ? NumberToken : StringToken).Matches(text);
        if (matches.Count == 0)
        {
            return bytes;
        }

        var match = matches[(int)((uint)Position % (uint)matches.Count)];
        var replacement = Kind == 7 ? Numbers[(int)((uint)Value % (uint)Numbers.Length)] : "\"" + Strings[(int)((uint)Value % (uint)Strings.Length)] + "\"";
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, match.Index), replacement, text.AsSpan(match.Index + match.Length)));
    }
}
