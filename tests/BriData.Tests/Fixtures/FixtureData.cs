namespace BriData.Tests.Fixtures;

/// <summary>
/// The hand-made fixture release in Fixtures/release (loaded with <see cref="BriDataset.Load"/>): 9 countries,
/// 32 events, 48 trade records 2017–2020, 6 indicator rows, 7 finance records, 6 investment records,
/// 4 projects, 2 initiatives, 1 highlight, 10 claims. Every expected value in the query and metric tests is
/// computed by hand from these files.
/// </summary>
/// <remarks>
/// Edge cases it holds: a missing year (Peru's 2019 exports to China), an IMF estimate (China's 2020 imports
/// from Peru), a missing World total (Peru's 2020 imports), two money bases (finance constant 2021, investments
/// nominal), a finance record without amount (103) and one not aggregation-safe (106), a territory recipient
/// (CUW), a troubled investment (fx-0004), a Taipei switch and return (Nicaragua), a BRI withdrawal (Panama),
/// memoranda dated to the year (Dominica, "2018") and month (Peru, "2019-04"), a Taipei listing (Paraguay),
/// an undated event, names sharing a prefix (Dominica / Dominican Republic), Guyana's Portuguese name "Guiana",
/// and a tie in trade totals (Panama and Peru, 2017, partner-reported).
/// </remarks>
public static class FixtureData
{
    private static readonly Lazy<BriDataset> Loaded = new(() => BriDataset.Load(Folder), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of the fixture release in the test output.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "release");

    /// <summary>The fixture dataset, loaded once.</summary>
    public static BriDataset Dataset => Loaded.Value;

    public static readonly CountryCode Chl = CountryCode.Parse("CHL");
    public static readonly CountryCode Chn = CountryCode.Parse("CHN");
    public static readonly CountryCode Dma = CountryCode.Parse("DMA");
    public static readonly CountryCode Dom = CountryCode.Parse("DOM");
    public static readonly CountryCode Guy = CountryCode.Parse("GUY");
    public static readonly CountryCode Nic = CountryCode.Parse("NIC");
    public static readonly CountryCode Pan = CountryCode.Parse("PAN");
    public static readonly CountryCode Per = CountryCode.Parse("PER");
    public static readonly CountryCode Pry = CountryCode.Parse("PRY");

    /// <summary>A day, for as-of questions.</summary>
    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
