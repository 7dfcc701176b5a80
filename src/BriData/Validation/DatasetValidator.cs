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
    internal sealed partial class Run(BriDatasetContent data) : IDataSetVisitor<bool>
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
            foreach (var set in DataSets.All)
            {
                set.Accept(this);
            }

            return problems;
        }

        /// <summary>Checks one set with its rules (<see cref="DataSetDescriptor{T}.Rules"/>), in the load order of <see cref="DataSets.All"/>: sources and countries first, which later sets refer to.</summary>
        public bool Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            var rules = set.Rules(this);
            var records = set.Typed(data);
            Each(set, records, rules.Record);
            if (records is not null)
            {
                rules.Set?.Invoke(records);
            }

            return true;
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

        private void Each<T>(DataSetDescriptor<T> set, IReadOnlyList<T>? records, Action<T, string> check)
            where T : class
        {
            file = DataSetName.FileName(set.Name);
            var textColumns = set.Schema.MemberTextColumns;
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
