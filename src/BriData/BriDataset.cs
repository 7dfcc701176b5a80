using System.Text.Json.Serialization.Metadata;
using BriData.Loading;
using BriData.Serialization;
using BriData.Validation;

namespace BriData;

/// <summary>
/// A release of the BriData dataset: countries, policy events, trade, indicators, development finance,
/// investments, flagship projects, initiatives, trade highlights, claims and their sources. Immutable and
/// safe to share between threads.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the release embedded in the package; it is loaded lazily on first access,
/// once, thread-safely, and each set is parsed only when first used. <see cref="Load(string, BriLoadOptions?)"/>
/// reads another release of the same format from a folder, checks it fully and either returns a complete
/// dataset or throws <see cref="BriDataException"/> with every problem found; nothing is half-loaded, and
/// <see cref="Default"/> is never affected.</para>
/// </remarks>
public sealed class BriDataset
{
    private readonly Lazy<IReadOnlyList<Source>> sources;
    private readonly Lazy<KeyedRecordList<string, Source>> sourceList;
    private readonly Lazy<CountryCollection> countries;
    private readonly Lazy<KeyedRecordList<string, PolicyEvent>> events;
    private readonly Lazy<IReadOnlyList<TradeRecord>> trade;
    private readonly Lazy<IReadOnlyList<CountryYearIndicators>> indicators;
    private readonly Lazy<KeyedRecordList<int, FinanceRecord>> finance;
    private readonly Lazy<KeyedRecordList<string, InvestmentRecord>> investments;
    private readonly Lazy<KeyedRecordList<string, FlagshipProject>> projects;
    private readonly Lazy<KeyedRecordList<string, Initiative>> initiatives;
    private readonly Lazy<KeyedRecordList<string, TradeHighlight>> highlights;
    private readonly Lazy<KeyedRecordList<string, Claim>> claims;
    private readonly Lazy<DatasetIndexes> indexes;

    private BriDataset(DataManifest manifest, Func<string, Func<object>> setFactory)
    {
        Version = manifest.DataVersion;
        FormatVersion = manifest.FormatVersion;
        Released = manifest.Released;

        Lazy<T> Make<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(string set, Func<object, T> wrap) =>
            new(() => wrap(setFactory(set)()), LazyThreadSafetyMode.ExecutionAndPublication);

        sources = Make(DataSetName.Sources, o => (IReadOnlyList<Source>)o);
        sourceList = new(() => new KeyedRecordList<string, Source>(sources.Value, s => s.Id, DataSetName.Sources, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
        countries = Make(DataSetName.Countries, o => new CountryCollection(((IReadOnlyList<Country>)o).OrderBy(c => c.Code)));
        events = Make(DataSetName.Events, o => new KeyedRecordList<string, PolicyEvent>((IReadOnlyList<PolicyEvent>)o, e => e.Id, DataSetName.Events, StringComparer.Ordinal));
        trade = Make(DataSetName.Trade, o => (IReadOnlyList<TradeRecord>)ReadOnly((IReadOnlyList<TradeRecord>)o));
        indicators = Make(DataSetName.Indicators, o => (IReadOnlyList<CountryYearIndicators>)ReadOnly((IReadOnlyList<CountryYearIndicators>)o));
        finance = Make(DataSetName.Finance, o => new KeyedRecordList<int, FinanceRecord>((IReadOnlyList<FinanceRecord>)o, f => f.Id, DataSetName.Finance));
        investments = Make(DataSetName.Investments, o => new KeyedRecordList<string, InvestmentRecord>((IReadOnlyList<InvestmentRecord>)o, r => r.Id, DataSetName.Investments, StringComparer.Ordinal));
        projects = Make(DataSetName.Projects, o => new KeyedRecordList<string, FlagshipProject>((IReadOnlyList<FlagshipProject>)o, p => p.Id, DataSetName.Projects, StringComparer.Ordinal));
        initiatives = Make(DataSetName.Initiatives, o => new KeyedRecordList<string, Initiative>((IReadOnlyList<Initiative>)o, r => r.Id, DataSetName.Initiatives, StringComparer.Ordinal));
        highlights = Make(DataSetName.TradeHighlights, o => new KeyedRecordList<string, TradeHighlight>((IReadOnlyList<TradeHighlight>)o, r => r.Id, DataSetName.TradeHighlights, StringComparer.Ordinal));
        claims = Make(DataSetName.Claims, o => new KeyedRecordList<string, Claim>((IReadOnlyList<Claim>)o, r => r.Id, DataSetName.Claims, StringComparer.Ordinal));
        indexes = new(() => new DatasetIndexes(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The release embedded in this package. Lazy, loaded once, thread-safe.</summary>
    /// <exception cref="BriDataException">The embedded data is damaged (it is validated at build time, so this means a broken package).</exception>
    public static BriDataset Default => DefaultHolder.Instance;

    /// <summary>The data release version (for example <c>2026.11.0</c>), separate from the package version.</summary>
    public string Version { get; }

    /// <summary>The data format version of the release (see <see cref="DataFormat.CurrentVersion"/>).</summary>
    public int FormatVersion { get; }

    /// <summary>The day the release was built.</summary>
    public PartialDate Released { get; }

    /// <summary>The sources every record cites, by id.</summary>
    public KeyedRecordList<string, Source> Sources => sourceList.Value;

    /// <summary>The 33 Latin American and Caribbean states and China.</summary>
    public CountryCollection Countries => countries.Value;

    /// <summary>Diplomatic and policy events, oldest first.</summary>
    public KeyedRecordList<string, PolicyEvent> Events => events.Value;

    /// <summary>Annual goods trade (IMF DOTS), both reporters' views, in millions of nominal USD.</summary>
    public IReadOnlyList<TradeRecord> Trade => trade.Value;

    /// <summary>Population and GDP (current USD) per country and year.</summary>
    public IReadOnlyList<CountryYearIndicators> Indicators => indicators.Value;

    /// <summary>Development-finance commitments (AidData GCDF 3.0), constant 2021 USD, keyed by AidData record id.</summary>
    public KeyedRecordList<int, FinanceRecord> Finance => finance.Value;

    /// <summary>Investments and construction contracts (AEI China Global Investment Tracker), nominal USD.</summary>
    public KeyedRecordList<string, InvestmentRecord> Investments => investments.Value;

    /// <summary>Curated flagship physical projects.</summary>
    public KeyedRecordList<string, FlagshipProject> Projects => projects.Value;

    /// <summary>Non-infrastructure cooperation initiatives.</summary>
    public KeyedRecordList<string, Initiative> Initiatives => initiatives.Value;

    /// <summary>Named products singled out in China–LAC trade.</summary>
    public KeyedRecordList<string, TradeHighlight> TradeHighlights => highlights.Value;

    /// <summary>Published aggregate statements with their bounds and sources.</summary>
    public KeyedRecordList<string, Claim> Claims => claims.Value;

    internal DatasetIndexes Indexes => indexes.Value;

    /// <summary>
    /// Loads a data release from a folder holding <c>manifest.json</c> and one JSON file per set, checks it fully and
    /// returns it. Unknown JSON properties are ignored; a newer major format version is refused.
    /// </summary>
    /// <param name="directory">The folder of the release.</param>
    /// <param name="options">Size, depth, string-length and record-count limits; <see cref="BriLoadOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="BriDataException">Anything is wrong; the exception lists every problem (file, JSON path, line, reason).</exception>
    public static BriDataset Load(string directory, BriLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new BriDataException([new DataProblem(directory, "$", null, "the folder does not exist")]);
        }

        return LoadEager(new DirectoryDataFiles(directory), options ?? BriLoadOptions.Default);
    }

    internal static BriDataset LoadEager(IDataFiles files, BriLoadOptions options)
    {
        var problems = new List<DataProblem>();
        var loader = new DataLoader(files, options);
        var manifest = loader.LoadManifest(problems);
        if (manifest is null)
        {
            throw new BriDataException(problems);
        }

        var loaded = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var set in DataSetName.All)
        {
            var records = LoadSet(loader, set, problems);
            if (records is not null)
            {
                loaded[set] = records;
            }
        }

        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }

        var dataset = new BriDataset(manifest, set => () => loaded[set]);
        problems.AddRange(DatasetValidator.Validate(dataset));
        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }

        return dataset;
    }

    /// <summary>Checks the whole dataset and returns every problem found (empty when it is sound).</summary>
    public IReadOnlyList<DataProblem> FindProblems() => DatasetValidator.Validate(this);

    /// <summary>Checks the whole dataset: unique ids, references, years, amounts, money bases, name resolution.</summary>
    /// <exception cref="BriDataException">At least one problem was found; all are listed.</exception>
    public void Validate()
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new BriDataException(problems);
        }
    }

    /// <summary>The version and record counts, for example "BriData 2026.11.0: 34 countries, …".</summary>
    public override string ToString() =>
        $"BriData {Version}: {Countries.Count} countries, {Events.Count} events, {Trade.Count} trade records, {Finance.Count} finance records, {Investments.Count} investment records, {Projects.Count} projects, {Claims.Count} claims";

    private static object? LoadSet(DataLoader loader, string set, List<DataProblem> problems)
    {
        var c = loader.Context;
        return set switch
        {
            DataSetName.Sources => loader.LoadSet(set, c.DataFileSource, problems),
            DataSetName.Countries => loader.LoadSet(set, c.DataFileCountry, problems),
            DataSetName.Events => loader.LoadSet(set, c.DataFilePolicyEvent, problems),
            DataSetName.Trade => loader.LoadSet(set, c.DataFileTradeRecord, problems),
            DataSetName.Indicators => loader.LoadSet(set, c.DataFileCountryYearIndicators, problems),
            DataSetName.Finance => loader.LoadSet(set, c.DataFileFinanceRecord, problems),
            DataSetName.Investments => loader.LoadSet(set, c.DataFileInvestmentRecord, problems),
            DataSetName.Projects => loader.LoadSet(set, c.DataFileFlagshipProject, problems),
            DataSetName.Initiatives => loader.LoadSet(set, c.DataFileInitiative, problems),
            DataSetName.TradeHighlights => loader.LoadSet(set, c.DataFileTradeHighlight, problems),
            DataSetName.Claims => loader.LoadSet(set, c.DataFileClaim, problems),
            _ => throw new InvalidOperationException("unknown set " + set),
        };
    }

    private static IReadOnlyList<T> ReadOnly<T>(IReadOnlyList<T> list) => Array.AsReadOnly(list as T[] ?? list.ToArray());

    private static BriDataset CreateDefault()
    {
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        var problems = new List<DataProblem>();
        var manifest = loader.LoadManifest(problems) ?? throw new BriDataException(problems);
        return new BriDataset(manifest, set => () =>
        {
            var setProblems = new List<DataProblem>();
            return LoadSet(loader, set, setProblems) ?? throw new BriDataException(setProblems);
        });
    }

    private static class DefaultHolder
    {
        internal static readonly BriDataset Instance = CreateDefault();
    }
}
