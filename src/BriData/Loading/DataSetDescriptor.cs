using BriData.Formats.Release;
using System.Text.Json.Serialization.Metadata;
using BriData.Formats;
using BriData.Formats.Json;

namespace BriData.Loading;

/// <summary>
/// Everything BriData knows about one set, in one place: its name, record type, JSON metadata, export schema,
/// where it lives in <see cref="BriDatasetContent"/>, and how to read and write it in each <see cref="DataFileFormat"/>.
/// </summary>
internal abstract class DataSetDescriptor(string name)
{
    /// <summary>The set name (for example <c>trade-highlights</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The set's position in <see cref="DataSets.All"/> (its slot in a <see cref="BriDataset"/>).</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>The set's property on <see cref="BriDataset"/> and <see cref="BriDatasetContent"/> (for example <c>TradeHighlights</c>): its label for users.</summary>
    public required string PropertyName { get; init; }

    /// <summary>What one record of the set is, in a few plain words (shown in the notebook summary of a dataset).</summary>
    public required string RecordDescription { get; init; }

    /// <summary>The record type of the set (for example <see cref="TradeRecord"/>).</summary>
    public abstract Type RecordType { get; }

    /// <summary>The set's CSV / JSON Lines schema, an <see cref="ColumnTable{T}"/> of <see cref="RecordType"/>, built on first use.</summary>
    public abstract object UntypedSchema { get; }

    /// <summary>The file name of the set in a format: <c>trade.json</c>, <c>trade.csv</c>, <c>trade.jsonl</c>.</summary>
    public string FileName(DataFileFormat format) => Name + SetFileFormats.Of(format).Extension;

    /// <summary>The records of this set in <paramref name="content"/> (an <c>IReadOnlyList&lt;T&gt;</c>).</summary>
    public abstract object? Records(BriDatasetContent content);

    /// <summary>
    /// <paramref name="content"/> with this set's records copied so that every list they expose is a read-only value
    /// list (see <see cref="RecordFreezer"/>); with <paramref name="consumeOwned"/>, the as-read list is cleared as it is copied.
    /// </summary>
    public abstract BriDatasetContent Frozen(BriDatasetContent content, bool consumeOwned);

    /// <summary>The set's records in <paramref name="content"/> as long-format rows (see <see cref="TidyRows"/>).</summary>
    public abstract IEnumerable<TidyRow> TidyRowsOf(BriDatasetContent content);

    /// <summary>The number of records of this set in <paramref name="content"/> (0 when the list is null).</summary>
    public abstract int Count(BriDatasetContent content);

    /// <summary>The number of records in <paramref name="records"/>, a list of this set's records (an <c>IReadOnlyList&lt;T&gt;</c>).</summary>
    public abstract int CountOf(object records);

    /// <summary><paramref name="content"/> with this set's records replaced.</summary>
    public abstract BriDatasetContent With(BriDatasetContent content, object records);

    /// <summary>Reads the records of the set (an <c>IReadOnlyList&lt;T&gt;</c>) from the bytes of its JSON file; null (with problems added) when they cannot be read.</summary>
    public abstract object? ReadJson(DataLoader loader, string fileName, byte[] bytes, List<DataProblem> problems);

    /// <summary>As <see cref="ReadJson(DataLoader, string, byte[], List{DataProblem})"/>, from a window of the file (see <see cref="JsonSetReader"/>).</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public abstract object? ReadJson(DataLoader loader, string fileName, Stream stream, List<DataProblem> problems);

    /// <summary>Reads the set row by row from the text of its CSV or JSON Lines file; null (with problems added) when it cannot be read.</summary>
    public abstract LoadedSet? ReadText(DataLoader loader, string fileName, TextSetFileFormat format, TextReader reader, List<DataProblem> problems);

    /// <summary>
    /// Reads the set from the embedded release's JSON with the set's plain <see cref="Embedded.RecordReader{T}"/> (no
    /// serializer, no validation: <see cref="Embedded.EmbeddedSetLoader"/> has proven the bytes by their hash); the
    /// records come back frozen, as an <c>IReadOnlyList&lt;T&gt;</c>.
    /// </summary>
    public abstract object ReadEmbedded(ReadOnlySpan<byte> json, int expectedCount);

    /// <summary>Writes the set of <paramref name="content"/> to <paramref name="stream"/> in <paramref name="format"/>.</summary>
    public abstract void Write(BriDatasetContent content, DataFileFormat format, Stream stream, SetFileLayout layout);

    /// <summary>Calls <paramref name="visitor"/> with this descriptor typed by its record type (so that code over every set reaches each set's <see cref="ColumnTable{T}"/> without a list of the sets).</summary>
    public abstract TResult Accept<TResult>(IDataSetVisitor<TResult> visitor);
}

/// <summary>Code run once per set with the set's record type known (see <see cref="DataSetDescriptor.Accept{TResult}"/>).</summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
internal interface IDataSetVisitor<out TResult>
{
    /// <summary>Visits the set of records of type <typeparamref name="T"/>.</summary>
    TResult Visit<T>(DataSetDescriptor<T> set)
        where T : class;
}

/// <summary>
/// A <see cref="DataSetDescriptor"/> for records of type <typeparamref name="T"/>. Its JSON metadata is found by type in
/// <see cref="BriJsonContext"/> when a JSON file is read or written, so building the thirteen descriptors (every first
/// answer does) loads no System.Text.Json type: the embedded release is read without it.
/// </summary>
internal sealed class DataSetDescriptor<T>(
    string name,
    Func<ColumnTable<T>> schema,
    Func<BriDatasetContent, IReadOnlyList<T>> get,
    Func<BriDatasetContent, IReadOnlyList<T>, BriDatasetContent> with,
    Embedded.RecordReader<T> embeddedReader)
    : DataSetDescriptor(name)
    where T : class
{
    private readonly Lazy<ColumnTable<T>> exportSchema = new(schema, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The CSV / JSON Lines schema, built on first use (loading BriData's own JSON never needs it).</summary>
    public ColumnTable<T> Schema => exportSchema.Value;

    public override Type RecordType => typeof(T);

    public override object UntypedSchema => Schema;

    /// <summary>
    /// The keyed view a <see cref="BriDataset"/> exposes for the set (a <see cref="KeyedRecordList{TKey, TRecord}"/> with
    /// its key and searchable names, or the <see cref="CountryCollection"/>), built from the records once; null when
    /// the dataset exposes the plain list.
    /// </summary>
    public Func<IReadOnlyList<T>, object>? View { get; init; }

    /// <summary>
    /// The set's validation rules for one run of <see cref="Validation.DatasetValidator"/>: a method of its
    /// <c>Sets/&lt;Set&gt;/&lt;Set&gt;Rules.cs</c>, called once per run so that it can keep what it has seen (ids, keys).
    /// The text of every member a column reads is checked besides, from the column table.
    /// </summary>
    public required Func<Validation.DatasetValidator.Run, Validation.SetRules<T>> Rules { get; init; }

    /// <summary>How one record is frozen: the <c>RecordFreezer.Freeze</c> overload of <typeparamref name="T"/>.</summary>
    public required Func<T, T> FreezeRecord { get; init; }

    public override BriDatasetContent Frozen(BriDatasetContent content, bool consumeOwned) =>
        with(content, RecordFreezer.List(get(content), FreezeRecord, consumeOwned));

    /// <summary>The set's records as tidy rows, derived from its column table (see <see cref="TidyRows"/>).</summary>
    public override IEnumerable<TidyRow> TidyRowsOf(BriDatasetContent content) => TidyRows.Of(this, get(content));

    public override object? Records(BriDatasetContent content) => get(content);

    public override int Count(BriDatasetContent content) => get(content)?.Count ?? 0;

    public override int CountOf(object records) => ((IReadOnlyList<T>)records).Count;

    public IReadOnlyList<T> Typed(BriDatasetContent content) => get(content);

    public override BriDatasetContent With(BriDatasetContent content, object records) => with(content, (IReadOnlyList<T>)records);

    public override object? ReadJson(DataLoader loader, string fileName, byte[] bytes, List<DataProblem> problems) =>
        new JsonSetReader(loader.Options).Read(Name, fileName, bytes, loader.Context.Of<T>(), problems);

    public override object? ReadJson(DataLoader loader, string fileName, Stream stream, List<DataProblem> problems) =>
        new JsonSetReader(loader.Options).Read(Name, fileName, stream, loader.Context.Of<T>(), problems);

    public override LoadedSet? ReadText(DataLoader loader, string fileName, TextSetFileFormat format, TextReader reader, List<DataProblem> problems)
    {
        var before = problems.Count;
        var lines = new List<long>();
        var rows = format.ReadRows(reader, Schema, loader.Options, fileName, problems, lines);
        return problems.Count > before ? null : new LoadedSet(fileName, rows, null, lines); // the loader's own list: frozen, and consumed, by BriDataset.LoadEager
    }

    public override object ReadEmbedded(ReadOnlySpan<byte> json, int expectedCount) =>
        Embedded.EmbeddedJson.ReadSet(json, Name, expectedCount, embeddedReader);

    public override TResult Accept<TResult>(IDataSetVisitor<TResult> visitor) => visitor.Visit(this);

    public override void Write(BriDatasetContent content, DataFileFormat format, Stream stream, SetFileLayout layout) =>
        SetFileFormats.Of(format).Write(this, get(content), stream, layout);

    /// <summary>Writes <paramref name="records"/> as this set's JSON file (<c>{ formatVersion, set, records }</c>) with the serializer's metadata.</summary>
    public void WriteJson(IReadOnlyList<T> records, Stream stream, SetFileLayout layout) =>
        DatasetWriter.WriteSet(stream, Name, records, layout);
}
