using BriData.Formats;

namespace BriData;

/// <summary>
/// Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, double quotes around fields that hold a comma,
/// quote, line break, leading or trailing space, or nothing at all, with inner quotes doubled), UTF-8 without a
/// byte order mark, invariant culture, and reads such files back. Writing streams row by row: nothing is buffered
/// beyond one field (tidy rows excepted: they are gathered first to learn their dimension names).
/// </summary>
/// <remarks>
/// <para>The first line is the header of column names (units in the names, for example <c>value_usd_millions</c>).
/// A missing value is an empty field; an empty string is <c>""</c>. Lists and nested records are JSON text in one
/// field. By default a text cell that a spreadsheet would evaluate as a formula (beginning with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a leading apostrophe, which reading removes again
/// (<see cref="CsvWriteOptions.NeutralizeFormulas"/>, with its trade-off).</para>
/// <para>The columns are chosen by the row type: the record type of any set (<see cref="Country"/>,
/// <see cref="TradeRecord"/>, <see cref="FinanceRecord"/>, …; docs/exports.md lists every column) or
/// <see cref="TidyRow"/>. Any other type is refused with a <see cref="NotSupportedException"/> that lists the supported ones.</para>
/// <para>Reading accepts a UTF-8 byte order mark, LF or CRLF line ends, columns in any order and unknown columns
/// (ignored); every column of the row type must be in the header. Blank lines are skipped.</para>
/// </remarks>
public static partial class CsvFormat
{
    /// <summary>The line end written after every record: CRLF, as RFC 4180 specifies.</summary>
    public const string LineEnd = "\r\n";

    /// <summary>Writes the header and one record per row to <paramref name="writer"/>, formulas neutralised (<see cref="CsvWriteOptions.Default"/>).</summary>
    /// <remarks>As <see cref="Write{T}(IEnumerable{T}, TextWriter, CsvWriteOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name or repeats a fixed column.</exception>
    public static void Write<T>(IEnumerable<T> rows, TextWriter writer) => Write(rows, writer, null);

    /// <summary>Writes the header and one record per row to <paramref name="writer"/>.</summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="rows">The records; none gives a file of just the header.</param>
    /// <param name="writer">Where to write; it is not flushed or closed.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> (formulas neutralised) when null.</param>
    /// <remarks>Tidy rows: one column per dimension name of the rows, between <c>entity</c> and <c>measure</c>, in the
    /// order of first appearance (the first row's dimensions in their order, then each new name of a later row); a
    /// dimension a row lacks is an empty field. The rows are gathered into a list first to learn the names; the
    /// records of a set are streamed.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name (ASCII letters, digits and underscores, starting with a letter) or repeats a fixed column such as <c>value</c>.</exception>
    public static void Write<T>(IEnumerable<T> rows, TextWriter writer, CsvWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        var (schema, records) = RowTypeSchemas.ForWriting(rows);
        Write(records, schema, writer, options);
    }

    /// <summary>Writes the header and one record per row to <paramref name="stream"/> as UTF-8 without a byte order mark, formulas neutralised (<see cref="CsvWriteOptions.Default"/>); the stream is flushed and stays open.</summary>
    /// <remarks>As <see cref="Write{T}(IEnumerable{T}, Stream, CsvWriteOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name or repeats a fixed column.</exception>
    public static void Write<T>(IEnumerable<T> rows, Stream stream) => Write(rows, stream, null);

    /// <summary>Writes the header and one record per row to <paramref name="stream"/> as UTF-8 without a byte order mark; the stream is flushed and stays open.</summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="rows">The records; none gives a file of just the header.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">How to write; <see cref="CsvWriteOptions.Default"/> (formulas neutralised) when null.</param>
    /// <remarks>Tidy rows get their columns as in <see cref="Write{T}(IEnumerable{T}, TextWriter, CsvWriteOptions?)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="ArgumentException">A tidy row's dimension name is not a plain name or repeats a fixed column.</exception>
    public static void Write<T>(IEnumerable<T> rows, Stream stream, CsvWriteOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stream);
        var (schema, records) = RowTypeSchemas.ForWriting(rows);
        Write(records, schema, stream, options);
    }

    /// <summary>
    /// Reads every row of a CSV written by <see cref="Write{T}(IEnumerable{T}, TextWriter, CsvWriteOptions?)"/> (or any
    /// RFC 4180 file with the columns of <typeparamref name="T"/>), removing the apostrophe that neutralised a formula.
    /// </summary>
    /// <typeparam name="T">The record type of a set (for example <see cref="TradeRecord"/>) or <see cref="TidyRow"/>.</typeparam>
    /// <param name="reader">The text to read; it is read to the end, not closed.</param>
    /// <param name="options">Limits (string length, record count, JSON depth); <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <param name="fileName">The name used in problems; the set name plus <c>.csv</c> (<c>tidy.csv</c> for tidy rows) when null.</param>
    /// <returns>The rows, in file order; empty when the file has only a header.</returns>
    /// <remarks>Tidy rows: <c>set</c>, <c>entity</c>, <c>measure</c>, <c>value</c>, <c>unit</c> and <c>source_ids</c>
    /// are required; every other column whose name is a plain name is a dimension, in header order, on every row (an
    /// empty field is a dimension with a null value). Records are checked only as their columns are read (use
    /// <c>BriDataset.Load</c> for a whole release with its cross-checks).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is neither a set's record type nor <see cref="TidyRow"/>.</exception>
    /// <exception cref="BriDataException">The text is malformed or a value cannot be read; every problem is listed with its file, row, column and line.</exception>
    public static IReadOnlyList<T> Read<T>(TextReader reader, BriLoadOptions? options = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var schema = RowTypeSchemas.ForReading<T>(out var fromNames);
        return FormatReading.Read(ReadCore, ".csv", reader, schema, fromNames, options, fileName);
    }
}
