using BriData.Loading;
using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>
/// Checks a whole dataset in file order: every member present (no JSON null or missing value where the model
/// has none), unique ids, references that resolve (countries, sources, finance and investment records), years and
/// dates in range and of the right precision, no negative or implausibly large amounts, the right money basis per
/// set, defined enum values, and every country name resolving to exactly one country. Reports every problem, not
/// just the first, each with the set's file name and the JSON path of the value (lines are added by the loader).
/// </summary>
internal static partial class DatasetValidator
{
    /// <summary>Validates a whole dataset; the lists are taken in file order.</summary>
    public static List<DataProblem> Validate(BriDatasetContent data) => new Run(data).Execute();

    /// <summary>One validation run: the problems found so far and the ids seen in earlier sets.</summary>
    private sealed partial class Run(BriDatasetContent data)
    {
        private readonly List<DataProblem> problems = [];
        // The latest year a record may carry: the year after the release day, taken from the release itself (never from
        // the clock, so that whether a release is valid does not change with the day it is read).
        private readonly int lastYear = (data.Released.Year is >= FirstReleaseYear and <= LastReleaseYear ? data.Released.Year : LastReleaseYear) + 1;
        private readonly HashSet<string> sourceIds = new(StringComparer.Ordinal);
        private readonly HashSet<CountryCode> countryCodes = [];
        private readonly HashSet<int> financeIds = [];
        private readonly HashSet<string> investmentIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> eventIds = new(StringComparer.Ordinal);
        private string file = string.Empty;

        public List<DataProblem> Execute()
        {
            Release();
            Each(DataSetName.Sources, data.Sources, CheckSource);
            if (data.Sources is { Count: 0 })
            {
                Add("$.records", $"the sources set is empty; every record must cite a source");
            }

            Each(DataSetName.Countries, data.Countries, CheckCountry);
            if (data.Countries is { Count: 0 })
            {
                Add("$.records", $"the countries set is empty");
            }
            else if (data.Countries is not null && data.Countries.All(HasAllNames))
            {
                CheckNamesResolve(data.Countries);
            }

            Each(DataSetName.Events, data.Events, CheckEvent);
            var tradeKeys = new HashSet<(CountryCode, CountryCode, TradeFlow, int)>();
            Each(DataSetName.Trade, data.Trade, (t, at) => CheckTrade(t, at, tradeKeys));
            var indicatorKeys = new HashSet<(CountryCode, int)>();
            Each(DataSetName.Indicators, data.Indicators, (r, at) => CheckIndicators(r, at, indicatorKeys));
            Each(DataSetName.Finance, data.Finance, CheckFinance);
            Each(DataSetName.Investments, data.Investments, CheckInvestment);
            var projectIds = new HashSet<string>(StringComparer.Ordinal);
            Each(DataSetName.Projects, data.Projects, (p, at) => CheckProject(p, at, projectIds));
            var initiativeIds = new HashSet<string>(StringComparer.Ordinal);
            Each(DataSetName.Initiatives, data.Initiatives, (r, at) => CheckInitiative(r, at, initiativeIds));
            var highlightIds = new HashSet<string>(StringComparer.Ordinal);
            Each(DataSetName.TradeHighlights, data.TradeHighlights, (r, at) => CheckHighlight(r, at, highlightIds));
            var claimIds = new HashSet<string>(StringComparer.Ordinal);
            Each(DataSetName.Claims, data.Claims, (r, at) => CheckClaim(r, at, claimIds));
            CheckPublishedSets();
            return problems;
        }

        private void Release()
        {
            file = DataSetName.Manifest;
            RequireText("$.dataVersion", data.Version, "the data version");

            if (data.Released.Year == 0)
            {
                Add("$.released", $"the release date is missing");
            }
            else if (data.Released.Precision != DatePrecision.Day)
            {
                Add("$.released", $"the release date {data.Released} must be a full day (YYYY-MM-DD)");
            }
            else if (data.Released.Year is < FirstReleaseYear or > LastReleaseYear)
            {
                Add("$.released", $"the release date {data.Released} is outside the years {FirstReleaseYear}..{LastReleaseYear}");
            }
        }

        private void Each<T>(string set, IReadOnlyList<T>? records, Action<T, string> check)
            where T : class
        {
            file = DataSetName.FileName(set);
            var textColumns = (DataSets.Find(set) as DataSetDescriptor<T>)?.Schema.MemberTextColumns ?? [];
            if (records is null)
            {
                Add("$.records", $"the set is null (use an empty list for a set with no records)");
                return;
            }

            for (var i = 0; i < records.Count; i++)
            {
                var at = $"$.records[{i}]";
                if (records[i] is T record)
                {
                    var first = problems.Count;
                    check(record, at);
                    CheckText(textColumns, record, at, first);
                }
                else
                {
                    Add(at, $"record is null");
                }
            }
        }
    }
}
