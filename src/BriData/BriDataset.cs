using BriData.Loading;
using BriData.Loading.Embedded;
using BriData.Formats.Json;
using BriData.Validation;
using static System.FormattableString;

namespace BriData;

/// <summary>
/// A release of the BriData dataset: countries, policy events, trade, indicators, development finance,
/// investments, flagship projects, initiatives, trade highlights, claims and their sources. Immutable and
/// safe to share between threads.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the release embedded in the package; it is loaded lazily on first access,
/// once, thread-safely, and each set is parsed only when first used. <see cref="Load(string, BriLoadOptions?)"/>
/// reads another release (BriData's JSON, CSV or JSON Lines) from a folder, checks it fully and either returns a
/// complete dataset or throws <see cref="BriDataException"/> with every problem found; nothing is half-loaded, and
/// <see cref="Default"/> is never affected. <see cref="Create(BriDatasetContent)"/> builds a checked dataset from
/// records in code; <see cref="Save(string, DataFileFormat)"/> writes one out.</para>
/// <para>Every list a dataset exposes (sets and the lists inside records) is read-only and private to the
/// dataset: casting it to a mutable type fails, and changing the lists passed to
/// <see cref="Create(BriDatasetContent)"/> afterwards does not change the dataset.</para>
/// </remarks>
public sealed class BriDataset
{
    // One slot per set of DataSets.All (its records as read) and one for its keyed view, each filled once on first use.
    private readonly Func<DataSetDescriptor, object> provider;
    private readonly object?[] records = new object?[DataSets.All.Length];
    private readonly object?[] recordLocks = new object?[DataSets.All.Length];
    private readonly object?[] views = new object?[DataSets.All.Length];
    private readonly object?[] viewLocks = new object?[DataSets.All.Length];
    private readonly Lazy<DatasetIndexes> indexes;
    private readonly Lazy<DataCoverage> coverage;

    /// <summary>Creates a dataset whose sets come from <paramref name="provider"/>, each asked for once, on first use.</summary>
    private BriDataset(string version, int formatVersion, PartialDate released, Func<DataSetDescriptor, object> provider)
    {
        Version = version;
        FormatVersion = formatVersion;
        Released = released;
        this.provider = provider;
        indexes = new(() => new DatasetIndexes(this), LazyThreadSafetyMode.ExecutionAndPublication);
        coverage = new(() => new DataCoverage(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The release embedded in this package. Lazy, loaded once, thread-safe; each set is parsed on first use. Its
    /// <see cref="Version"/>, <see cref="FormatVersion"/> and <see cref="Released"/> are known without reading any
    /// data; the first set accessed also checks that the embedded manifest states them.
    /// </summary>
    /// <remarks>
    /// The embedded data is validated when the package is built, so a <see cref="BriDataException"/> from one of
    /// its sets means a damaged package.
    /// </remarks>
    public static BriDataset Default => DefaultHolder.Instance;

    /// <summary>The data release version (for example <c>2026.11.0</c>), separate from the package version.</summary>
    public string Version { get; }

    /// <summary>The data format version of the release (see <see cref="DataFormat.CurrentVersion"/>).</summary>
    public int FormatVersion { get; }

    /// <summary>The day the release was built.</summary>
    public PartialDate Released { get; }

    /// <summary>The sources every record cites, by id.</summary>
    public KeyedRecordList<string, Source> Sources => View<Source, KeyedRecordList<string, Source>>(DataSets.Sources);

    /// <summary>The 33 Latin American and Caribbean states and China, in alphabetical order of alpha-3 code.</summary>
    public CountryCollection Countries => View<Country, CountryCollection>(DataSets.Countries);

    /// <summary>Diplomatic and policy events, oldest first.</summary>
    public KeyedRecordList<string, PolicyEvent> Events => View<PolicyEvent, KeyedRecordList<string, PolicyEvent>>(DataSets.Events);

    /// <summary>Annual goods trade (IMF DOTS), both reporters' views, in millions of nominal USD.</summary>
    public IReadOnlyList<TradeRecord> Trade => Records(DataSets.Trade);

    /// <summary>Population and GDP (current USD) per country and year.</summary>
    public IReadOnlyList<CountryYearIndicators> Indicators => Records(DataSets.Indicators);

    /// <summary>Development-finance commitments (AidData GCDF 3.0), constant 2021 USD, keyed by AidData record id.</summary>
    public KeyedRecordList<int, FinanceRecord> Finance => View<FinanceRecord, KeyedRecordList<int, FinanceRecord>>(DataSets.Finance);

    /// <summary>Investments and construction contracts (AEI China Global Investment Tracker), nominal USD.</summary>
    public KeyedRecordList<string, InvestmentRecord> Investments => View<InvestmentRecord, KeyedRecordList<string, InvestmentRecord>>(DataSets.Investments);

    /// <summary>Curated flagship physical projects.</summary>
    public KeyedRecordList<string, FlagshipProject> Projects => View<FlagshipProject, KeyedRecordList<string, FlagshipProject>>(DataSets.Projects);

    /// <summary>Non-infrastructure cooperation initiatives.</summary>
    public KeyedRecordList<string, Initiative> Initiatives => View<Initiative, KeyedRecordList<string, Initiative>>(DataSets.Initiatives);

    /// <summary>Named products singled out in China–LAC trade.</summary>
    public KeyedRecordList<string, TradeHighlight> TradeHighlights => View<TradeHighlight, KeyedRecordList<string, TradeHighlight>>(DataSets.TradeHighlights);

    /// <summary>Published aggregate statements with their bounds and sources.</summary>
    public KeyedRecordList<string, Claim> Claims => View<Claim, KeyedRecordList<string, Claim>>(DataSets.Claims);

    /// <summary>
    /// Statistics official bodies and research databases published (China customs' China–LAC trade totals for
    /// 2021–2025, the Inter-American Dialogue / Boston University loan totals), each as printed on a cited page;
    /// distinct from the <see cref="Trade"/> series, which ends in 2020.
    /// </summary>
    public KeyedRecordList<string, PublishedFigure> PublishedFigures => View<PublishedFigure, KeyedRecordList<string, PublishedFigure>>(DataSets.PublishedFigures);

    /// <summary>
    /// AidData's complete GCDF 3.0 commitments per recipient and year, by flow class (constant 2021 USD). The
    /// geolocated records of <see cref="Finance"/> are a subset, about a third of these totals.
    /// </summary>
    public IReadOnlyList<AidDataCountryYear> AidDataCountryYears => Records(DataSets.AidDataCountryYears);

    /// <summary>
    /// What each set covers: first and last year, states, series and known gaps, derived from the records on first
    /// use. Trade metrics asked about a year outside <see cref="DataCoverage.Trade"/> throw
    /// <see cref="YearNotCoveredException"/> naming it.
    /// </summary>
    public DataCoverage Coverage => coverage.Value;

    internal DatasetIndexes Indexes => indexes.Value;

    /// <summary>
    /// Loads a data release from a folder holding <c>manifest.json</c> and the file of each set it names, checks it
    /// fully and returns it. Each set may be in BriData's JSON (<c>trade.json</c>), CSV (<c>trade.csv</c>) or JSON
    /// Lines (<c>trade.jsonl</c>), as written by <see cref="Save(string, DataFileFormat)"/>. Unknown JSON properties,
    /// unknown CSV columns and unknown sets in the manifest are ignored; a newer format version is refused.
    /// </summary>
    /// <param name="directory">The folder of the release.</param>
    /// <param name="options">Size, depth, string-length and record-count limits; <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <returns>A complete, validated dataset, independent of <see cref="Default"/> and of the files (they may change afterwards).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is zero or negative.</exception>
    /// <exception cref="BriDataException">Anything is wrong with the data; the exception lists every problem (file, JSON path, line, reason). Nothing is left behind.</exception>
    public static BriDataset Load(string directory, BriLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= BriLoadOptions.Default;
        options.EnsureValid();
        if (!Directory.Exists(directory))
        {
            throw new BriDataException([new DataProblem(directory, "$", null, "the folder does not exist")]);
        }

        return LoadEager(new DirectoryDataFiles(directory), options);
    }

    /// <summary>
    /// Builds a dataset from records in code and checks it exactly as <see cref="Load(string, BriLoadOptions?)"/> checks
    /// a release from files. The lists are copied: changing them afterwards does not change the dataset.
    /// </summary>
    /// <param name="content">The version, release day and records of each set.</param>
    /// <returns>A complete, validated dataset with <see cref="FormatVersion"/> = <see cref="DataFormat.CurrentVersion"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="BriDataException">The records are not a valid release; every problem is listed, each with the file
    /// the set would be saved to (for example <c>trade.json</c>) and the JSON path of the value, without a line.</exception>
    public static BriDataset Create(BriDatasetContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var frozen = RecordFreezer.Freeze(content);
        var problems = DatasetValidator.Validate(frozen);
        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }

        return FromContent(frozen, DataFormat.CurrentVersion);
    }

    /// <summary>The version, release day and records of this dataset, each set in file order (countries too).</summary>
    /// <remarks>Pass it, changed with a <c>with</c> expression, to <see cref="Create(BriDatasetContent)"/> to derive a dataset.</remarks>
    public BriDatasetContent ToContent()
    {
        var content = new BriDatasetContent { Version = Version, Released = Released };
        foreach (var set in DataSets.All)
        {
            content = set.With(content, RecordsOf(set));
        }

        return content;
    }

    /// <summary>The records of <paramref name="set"/> as read, asked of the provider once, on first use (thread-safe: one reader per set).</summary>
    private IReadOnlyList<T> Records<T>(DataSetDescriptor<T> set)
        where T : class => (IReadOnlyList<T>)RecordsOf(set);

    private object RecordsOf(DataSetDescriptor set) =>
        LazyInitializer.EnsureInitialized(ref records[set.Index], ref recordLocks[set.Index], () => provider(set))!;

    /// <summary>The keyed view of <paramref name="set"/> (<see cref="DataSetDescriptor{T}.View"/>), built once on first use.</summary>
    private TView View<T, TView>(DataSetDescriptor<T> set)
        where T : class
        where TView : class =>
        (TView)LazyInitializer.EnsureInitialized(ref views[set.Index], ref viewLocks[set.Index], () => set.View!(Records(set)))!;

    /// <summary>
    /// Writes the dataset to <paramref name="directory"/> (created if needed): <c>manifest.json</c> and one file per set
    /// in <paramref name="format"/>. Output is deterministic (same bytes in every culture and on every machine); in
    /// <see cref="DataFileFormat.Json"/> it is byte-identical to the files embedded in the package for the same records:
    /// each set file holds one compact record per line, the manifest is indented.
    /// Each file is written under a temporary name and moved into place, the manifest last; existing files of the same
    /// names are replaced, other files are left alone.
    /// </summary>
    /// <param name="directory">The target folder.</param>
    /// <param name="format">BriData's JSON (the default, loads fastest), CSV or JSON Lines. <see cref="Load(string, BriLoadOptions?)"/> reads all three.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Writing is not permitted.</exception>
    /// <exception cref="BriDataException">The dataset does not pass the checks of <see cref="Load(string, BriLoadOptions?)"/>
    /// (only possible for <see cref="Default"/> in a damaged package); nothing is written.</exception>
    public void Save(string directory, DataFileFormat format = DataFileFormat.Json)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown data file format.");
        }

        // The checks of Create and Load, before the first byte: a release is written whole or not at all.
        var content = ToContent();
        var problems = DatasetValidator.Validate(content);
        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }

        DatasetWriter.Save(content, directory, format, SetFileLayout.RecordPerLine);
    }

    /// <summary>Checks the whole dataset and returns every problem found (empty when it is sound).</summary>
    public IReadOnlyList<DataProblem> FindProblems() => DatasetValidator.Validate(ToContent());

    /// <summary>Checks the whole dataset: members present, unique ids, references, years, dates and their precision, amounts, money bases, name resolution.</summary>
    /// <exception cref="BriDataException">At least one problem was found; all are listed.</exception>
    public void Validate()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }
    }

    /// <summary>
    /// The number of records of every set, by set name (for example <c>trade-highlights</c>, as in the release's file
    /// names), in load order. Reading it loads every set.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, int>> RecordCounts =>
        Array.ConvertAll(DataSets.All, set => KeyValuePair.Create(set.Name, set.CountOf(RecordsOf(set))));

    /// <summary>The version and the record count of every set, for example "BriData 2026.11.0: sources 412, countries 34, …".</summary>
    public override string ToString() =>
        "BriData " + Version + ": " + string.Join(", ", RecordCounts.Select(c => Invariant($"{c.Key} {c.Value}")));

    /// <summary>Loads every set of a release eagerly, validates the whole, and returns it only when sound.</summary>
    internal static BriDataset LoadEager(IDataFiles files, BriLoadOptions options)
    {
        var problems = new List<DataProblem>();
        var loader = new DataLoader(files, options);
        var manifest = loader.LoadManifest(problems);
        if (manifest is null)
        {
            throw new BriDataException(problems);
        }

        var content = new BriDatasetContent { Version = manifest.DataVersion, Released = manifest.Released };
        var loaded = new List<(DataSetDescriptor Set, LoadedSet Data)>();
        foreach (var set in DataSets.All)
        {
            var data = loader.LoadSet(set, manifest, problems);
            if (data is not null)
            {
                // Frozen as soon as read, and only the frozen copy kept, so that a load never holds a set twice
                // (issue 14: peak memory within a small multiple of the files).
                var header = new BriDatasetContent { Version = manifest.DataVersion, Released = manifest.Released };
                content = set.With(content, set.Records(RecordFreezer.Freeze(set.With(header, data.Records), consumeOwned: true))!);
                loaded.Add((set, data.WithoutRecords()));
            }
        }

        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }

        var semantic = DatasetValidator.Validate(content);
        if (semantic.Count > 0)
        {
            throw new BriDataException(ProblemLines.Assign(semantic, loaded, loader.ManifestJson));
        }

        return FromContent(content, manifest.FormatVersion);
    }

    /// <summary>
    /// The release embedded in the assembly. Its header (version, format, release day) is the one the library was built
    /// with (<see cref="EmbeddedRelease"/>), so that reading it touches no file. Each set is read on first use by
    /// <see cref="EmbeddedSetLoader"/>: its bytes proven by the XXH64 computed when the library was built (the embedded
    /// manifest is read once, with the first set), then parsed by the set's plain reader, without the serializer and without re-validation (the
    /// release was validated when it was built). A damaged package makes every set access throw
    /// <see cref="BriDataException"/>.
    /// </summary>
    internal static BriDataset OpenEmbedded(EmbeddedSetLoader loader)
    {
        var manifest = new Lazy<DataManifest>(loader.ReadManifest, LazyThreadSafetyMode.ExecutionAndPublication);
        return new BriDataset(loader.DataVersion, loader.FormatVersion, loader.Released, set => loader.Load(set, manifest.Value));
    }

    /// <summary>
    /// The countries in alphabetical order of alpha-3 code. <see cref="Array.Sort{T}(T[], Comparison{T})"/> over a
    /// reference type, not LINQ's OrderBy keyed by a struct, whose generic code would be compiled at start-up.
    /// </summary>

    /// <summary>A dataset over validated, frozen content, with every set and collection built before it is returned.</summary>
    private static BriDataset FromContent(BriDatasetContent content, int formatVersion)
    {
        var dataset = new BriDataset(content.Version, formatVersion, content.Released, set => set.Records(content)!);
        _ = dataset.Sources;
        _ = dataset.Countries;
        _ = dataset.Events;
        _ = dataset.Trade;
        _ = dataset.Indicators;
        _ = dataset.Finance;
        _ = dataset.Investments;
        _ = dataset.Projects;
        _ = dataset.Initiatives;
        _ = dataset.TradeHighlights;
        _ = dataset.Claims;
        _ = dataset.PublishedFigures;
        _ = dataset.AidDataCountryYears;
        return dataset;
    }

    private static class DefaultHolder
    {
        internal static readonly BriDataset Instance = OpenEmbedded(EmbeddedSetLoader.Assembly);
    }
}
