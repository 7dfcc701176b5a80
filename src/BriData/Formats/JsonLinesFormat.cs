using BriData.Formats;

namespace BriData;

/// <summary>
/// Writes rows as JSON Lines (one compact JSON object per line, LF line ends, UTF-8 without a byte order mark;
/// see jsonlines.org) with the same column names as <see cref="CsvFormat"/>, chosen the same way by the row type
/// (a set's record type or <see cref="TidyRow"/>), and reads such files back. Numbers
/// and booleans are JSON numbers and booleans, lists and nested records are JSON arrays and objects, a missing
/// value is <c>null</c>. Writing streams row by row: only the current line is buffered (tidy rows excepted: they
/// are gathered first to learn their dimension names).
/// </summary>
/// <remarks>Reading accepts a byte order mark, CRLF line ends, blank lines, properties in any order and unknown
/// properties (ignored); a property missing from a line is a missing value. Duplicate properties are refused.</remarks>
public static partial class JsonLinesFormat
{
    /// <summary>Writes one JSON object per row to <paramref name="stream"/> (UTF-8, LF after every line); the stream is flushed and stays open.</summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="rows">The records; none writes nothing.</param>
    /// <param name="stream">Where to write.</param>
    /// <remarks>Tidy rows: every line has <c>set</c>, <c>entity</c>, one property per dimension name of the rows (in
    /// the order of first appearance; <c>null</c> where a row lacks it), <c>measure</c>, <c>value</c>, <c>unit</c>,
    /// <c>source_ids</c>, as the columns of <see cref="CsvFormat.Write{T}(IEnumerable{T}, TextWriter, CsvWriteOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name or repeats a fixed column such as <c>value</c>.</exception>
    public static void Write<T>(IEnumerable<T> rows, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        var (schema, records) = RowTypeSchemas.ForWriting(rows);
        Write(records, schema, stream);
    }

    /// <summary>Writes one JSON object per row to <paramref name="writer"/> (LF after every line); the writer is not flushed or closed.</summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="rows">The records; none writes nothing.</param>
    /// <param name="writer">Where to write.</param>
    /// <remarks>Tidy rows get their properties as in <see cref="Write{T}(IEnumerable{T}, Stream)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name or repeats a fixed column.</exception>
    public static void Write<T>(IEnumerable<T> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var (schema, records) = RowTypeSchemas.ForWriting(rows);
        Write(records, schema, writer);
    }

    /// <summary>Reads every line of a JSON Lines text written by <see cref="Write{T}(IEnumerable{T}, TextWriter)"/> (or any with the properties of <typeparamref name="T"/>).</summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="reader">The text to read; it is read to the end, not closed.</param>
    /// <param name="options">Limits (string length, record count, depth); <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <param name="fileName">The name used in problems; the set name plus <c>.jsonl</c> (<c>tidy.jsonl</c> for tidy rows) when null.</param>
    /// <returns>The rows, in file order; empty when the text has no line.</returns>
    /// <remarks>Tidy rows: the dimensions are the properties of the first line other than the fixed ones, whose names
    /// are plain names, in that line's order; every row has them all (a property missing from a line is a dimension
    /// with a null value) and other properties of later lines are ignored.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="BriDataException">A line is malformed or a value cannot be read; every problem is listed with its file, row, property and line.</exception>
    public static IReadOnlyList<T> Read<T>(TextReader reader, BriLoadOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var schema = RowTypeSchemas.ForReading<T>(out var fromNames);
        return FormatReading.Read(ReadCore, ".jsonl", reader, schema, fromNames, options, fileName);
    }
}
