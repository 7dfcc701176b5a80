using BriData.Loading;

namespace BriData.Validation;

/// <summary>
/// Checks a whole dataset: unique ids, references that resolve (countries, sources, finance and investment
/// records), years and dates in range, no negative or non-finite amounts, the right money basis per set,
/// and every country name resolving to exactly one country. Reports every problem, not just the first.
/// </summary>
internal static class DatasetValidator
{
    private const int FirstYear = 1948;

    public static List<DataProblem> Validate(BriDataset data)
    {
        var problems = new List<DataProblem>();
        var lastYear = DateTime.UtcNow.Year + 1;
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);

        var sourcesFile = DataSetName.FileName(DataSetName.Sources);
        for (var i = 0; i < data.Sources.Count; i++)
        {
            var s = data.Sources[i];
            var at = $"$.records[{i}]";
            if (string.IsNullOrWhiteSpace(s.Id) || !sourceIds.Add(s.Id))
            {
                problems.Add(new(sourcesFile, at + ".id", null, $"source id '{s.Id}' is empty or duplicated"));
            }

            if (!Uri.TryCreate(s.Address, UriKind.Absolute, out _))
            {
                problems.Add(new(sourcesFile, at + ".address", null, $"source '{s.Id}' has an address that is not an absolute URL: '{s.Address}'"));
            }

            RequireText(problems, sourcesFile, at + ".publisher", s.Publisher, "publisher");
            RequireText(problems, sourcesFile, at + ".title", s.Title, "title");
            RequireText(problems, sourcesFile, at + ".licence", s.Licence, "licence");
        }

        var countriesFile = DataSetName.FileName(DataSetName.Countries);
        var countryCodes = new HashSet<CountryCode>();
        for (var i = 0; i < data.Countries.Count; i++)
        {
            var c = data.Countries[i];
            var at = $"$.records[{i}]";
            if (!countryCodes.Add(c.Code))
            {
                problems.Add(new(countriesFile, at + ".code", null, $"country code {c.Code} is duplicated"));
            }

            if (c.Alpha2 is null || c.Alpha2.Length != 2 || !CountryCode.TryParse(c.Alpha2, out var a2) || a2 != c.Code)
            {
                problems.Add(new(countriesFile, at + ".alpha2", null, $"alpha-2 code '{c.Alpha2}' of {c.Code} does not match the ISO table"));
            }

            if (c.Numeric is < 1 or > 999 || !CountryCode.TryParse(c.Numeric.ToString(System.Globalization.CultureInfo.InvariantCulture), out var num) || num != c.Code)
            {
                problems.Add(new(countriesFile, at + ".numeric", null, $"numeric code {c.Numeric} of {c.Code} does not match the ISO table"));
            }

            RequireText(problems, countriesFile, at + ".name", c.Name, "name");
            CheckSources(problems, countriesFile, at, c, sourceIds);
        }

        CheckNamesResolve(data, problems, countriesFile);

        bool KnownCountry(CountryCode code) => countryCodes.Contains(code);

        var eventsFile = DataSetName.FileName(DataSetName.Events);
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Events.Count; i++)
        {
            var e = data.Events[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, eventsFile, at, e.Id, eventIds);
            if (!Enum.IsDefined(e.Kind))
            {
                problems.Add(new(eventsFile, at + ".kind", null, $"event kind {(int)e.Kind} is not defined"));
            }

            if (e.Country is CountryCode code && !KnownCountry(code))
            {
                problems.Add(new(eventsFile, at + ".country", null, $"event '{e.Id}' names unknown country {code}"));
            }

            if (e.Date is PartialDate d && (d.Year < FirstYear - 100 || d.Year > lastYear))
            {
                problems.Add(new(eventsFile, at + ".date", null, $"event '{e.Id}' date {d} is out of range"));
            }

            if (e.EndDate is PartialDate end && (e.Date is not PartialDate start || end.Start < start.Start))
            {
                problems.Add(new(eventsFile, at + ".endDate", null, $"event '{e.Id}' ends ({end}) before it starts"));
            }

            RequireText(problems, eventsFile, at + ".title", e.Title, "title");
            CheckSources(problems, eventsFile, at, e, sourceIds);
            for (var j = 0; j < e.AlternativeDates.Count; j++)
            {
                CheckSources(problems, eventsFile, $"{at}.alternativeDates[{j}]", e.AlternativeDates[j], sourceIds);
            }
        }

        var tradeFile = DataSetName.FileName(DataSetName.Trade);
        var tradeKeys = new HashSet<(CountryCode, CountryCode, TradeFlow, int)>();
        for (var i = 0; i < data.Trade.Count; i++)
        {
            var t = data.Trade[i];
            var at = $"$.records[{i}]";
            if (!KnownCountry(t.Reporter))
            {
                problems.Add(new(tradeFile, at + ".reporter", null, $"unknown reporter {t.Reporter}"));
            }

            if (!KnownCountry(t.Partner) && t.Partner != CountryCode.World)
            {
                problems.Add(new(tradeFile, at + ".partner", null, $"unknown partner {t.Partner}"));
            }

            if (!Enum.IsDefined(t.Flow))
            {
                problems.Add(new(tradeFile, at + ".flow", null, $"trade flow {(int)t.Flow} is not defined"));
            }

            if (t.Year < FirstYear || t.Year > lastYear)
            {
                problems.Add(new(tradeFile, at + ".year", null, $"year {t.Year} is outside {FirstYear}..{lastYear}"));
            }

            if (t.ValueUsdMillions < 0)
            {
                problems.Add(new(tradeFile, at + ".valueUsdMillions", null, $"negative trade value {t.ValueUsdMillions}"));
            }

            if (!tradeKeys.Add((t.Reporter, t.Partner, t.Flow, t.Year)))
            {
                problems.Add(new(tradeFile, at, null, $"duplicate trade record {t.Reporter}->{t.Partner} {t.Flow} {t.Year}"));
            }

            CheckSources(problems, tradeFile, at, t, sourceIds);
        }

        var indicatorsFile = DataSetName.FileName(DataSetName.Indicators);
        var indicatorKeys = new HashSet<(CountryCode, int)>();
        for (var i = 0; i < data.Indicators.Count; i++)
        {
            var r = data.Indicators[i];
            var at = $"$.records[{i}]";
            if (!KnownCountry(r.Country))
            {
                problems.Add(new(indicatorsFile, at + ".country", null, $"unknown country {r.Country}"));
            }

            if (r.Year < 1900 || r.Year > lastYear)
            {
                problems.Add(new(indicatorsFile, at + ".year", null, $"year {r.Year} is out of range"));
            }

            if (r.Population is <= 0)
            {
                problems.Add(new(indicatorsFile, at + ".population", null, $"population {r.Population} must be positive (missing is null)"));
            }

            if (r.GdpCurrentUsd is <= 0)
            {
                problems.Add(new(indicatorsFile, at + ".gdpCurrentUsd", null, $"GDP {r.GdpCurrentUsd} must be positive (missing is null)"));
            }

            if (!indicatorKeys.Add((r.Country, r.Year)))
            {
                problems.Add(new(indicatorsFile, at, null, $"duplicate indicators for {r.Country} {r.Year}"));
            }

            CheckSources(problems, indicatorsFile, at, r, sourceIds);
        }

        var financeFile = DataSetName.FileName(DataSetName.Finance);
        var financeIds = new HashSet<int>();
        for (var i = 0; i < data.Finance.Count; i++)
        {
            var f = data.Finance[i];
            var at = $"$.records[{i}]";
            if (f.Id <= 0 || !financeIds.Add(f.Id))
            {
                problems.Add(new(financeFile, at + ".id", null, $"AidData record id {f.Id} is not positive or is duplicated"));
            }

            if (f.Recipient.IsEmpty)
            {
                problems.Add(new(financeFile, at + ".recipient", null, "recipient is missing"));
            }

            if (f.Amount is Money m)
            {
                if (m.Basis != MoneyBasis.ConstantUsd2021)
                {
                    problems.Add(new(financeFile, at + ".amount.basis", null, $"record {f.Id} amount is {m.Basis}; development finance is in ConstantUsd2021"));
                }

                if (m.AmountUsd < 0)
                {
                    problems.Add(new(financeFile, at + ".amount.amountUsd", null, $"record {f.Id} has a negative amount"));
                }
            }

            if (f.CommitmentYear < 2000 || f.CommitmentYear > lastYear)
            {
                problems.Add(new(financeFile, at + ".commitmentYear", null, $"commitment year {f.CommitmentYear} is out of range"));
            }

            if (!Enum.IsDefined(f.Status))
            {
                problems.Add(new(financeFile, at + ".status", null, $"status {(int)f.Status} is not defined"));
            }

            CheckSources(problems, financeFile, at, f, sourceIds);
        }

        var investmentsFile = DataSetName.FileName(DataSetName.Investments);
        var investmentIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Investments.Count; i++)
        {
            var r = data.Investments[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, investmentsFile, at, r.Id, investmentIds);
            if (!KnownCountry(r.Country))
            {
                problems.Add(new(investmentsFile, at + ".country", null, $"unknown country {r.Country}"));
            }

            if (r.Amount.Basis != MoneyBasis.NominalUsd || r.Amount.PriceYear != r.Date.Year)
            {
                problems.Add(new(investmentsFile, at + ".amount", null, $"record {r.Id} amount must be nominal USD of its year {r.Date.Year}"));
            }

            if (r.Amount.AmountUsd < 0)
            {
                problems.Add(new(investmentsFile, at + ".amount.amountUsd", null, $"record {r.Id} has a negative amount"));
            }

            if (r.SharePercent is < 0 or > 100)
            {
                problems.Add(new(investmentsFile, at + ".sharePercent", null, $"share {r.SharePercent} is outside 0..100"));
            }

            CheckSources(problems, investmentsFile, at, r, sourceIds);
        }

        var projectsFile = DataSetName.FileName(DataSetName.Projects);
        var projectIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Projects.Count; i++)
        {
            var p = data.Projects[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, projectsFile, at, p.Id, projectIds);
            if (!KnownCountry(p.Country))
            {
                problems.Add(new(projectsFile, at + ".country", null, $"project '{p.Id}' names unknown country {p.Country}"));
            }

            foreach (var id in p.FinanceRecordIds)
            {
                if (!financeIds.Contains(id))
                {
                    problems.Add(new(projectsFile, at + ".financeRecordIds", null, $"project '{p.Id}' links AidData record {id}, which is not in the finance set"));
                }
            }

            foreach (var id in p.InvestmentRecordIds)
            {
                if (!investmentIds.Contains(id))
                {
                    problems.Add(new(projectsFile, at + ".investmentRecordIds", null, $"project '{p.Id}' links investment record '{id}', which is not in the investments set"));
                }
            }

            CheckSources(problems, projectsFile, at, p, sourceIds);
            for (var j = 0; j < p.Milestones.Count; j++)
            {
                CheckSources(problems, projectsFile, $"{at}.milestones[{j}]", p.Milestones[j], sourceIds);
            }

            for (var j = 0; j < p.Measures.Count; j++)
            {
                CheckSources(problems, projectsFile, $"{at}.measures[{j}]", p.Measures[j], sourceIds);
                if (p.Measures[j].Value < 0)
                {
                    problems.Add(new(projectsFile, $"{at}.measures[{j}].value", null, "negative measure"));
                }
            }

            if (p.Cost is ProjectCost cost)
            {
                CheckSources(problems, projectsFile, at + ".cost", cost, sourceIds);
                if (cost.Amount.AmountUsd < 0)
                {
                    problems.Add(new(projectsFile, at + ".cost.amount", null, "negative cost"));
                }
            }
        }

        var initiativesFile = DataSetName.FileName(DataSetName.Initiatives);
        var initiativeIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Initiatives.Count; i++)
        {
            var r = data.Initiatives[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, initiativesFile, at, r.Id, initiativeIds);
            foreach (var code in r.Countries)
            {
                if (!KnownCountry(code))
                {
                    problems.Add(new(initiativesFile, at + ".countries", null, $"initiative '{r.Id}' names unknown country {code}"));
                }
            }

            CheckSources(problems, initiativesFile, at, r, sourceIds);
        }

        var highlightsFile = DataSetName.FileName(DataSetName.TradeHighlights);
        var highlightIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.TradeHighlights.Count; i++)
        {
            var r = data.TradeHighlights[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, highlightsFile, at, r.Id, highlightIds);
            if (!KnownCountry(r.Country))
            {
                problems.Add(new(highlightsFile, at + ".country", null, $"highlight '{r.Id}' names unknown country {r.Country}"));
            }

            CheckSources(problems, highlightsFile, at, r, sourceIds);
        }

        var claimsFile = DataSetName.FileName(DataSetName.Claims);
        var claimIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Claims.Count; i++)
        {
            var r = data.Claims[i];
            var at = $"$.records[{i}]";
            UniqueId(problems, claimsFile, at, r.Id, claimIds);
            if (r.Country is CountryCode code && !KnownCountry(code))
            {
                problems.Add(new(claimsFile, at + ".country", null, $"claim '{r.Id}' names unknown country {code}"));
            }

            if (r.Quantity is null)
            {
                problems.Add(new(claimsFile, at + ".quantity", null, $"claim '{r.Id}' has no quantity"));
            }
            else if (r.Quantity.Value < 0)
            {
                problems.Add(new(claimsFile, at + ".quantity.value", null, $"claim '{r.Id}' has a negative value"));
            }

            CheckSources(problems, claimsFile, at, r, sourceIds);
        }

        return problems;
    }

    private static void CheckNamesResolve(BriDataset data, List<DataProblem> problems, string file)
    {
        var owners = new Dictionary<string, HashSet<CountryCode>>(NameFolding.Instance);
        foreach (var country in data.Countries)
        {
            foreach (var name in NameIndex.NamesOf(country))
            {
                if (!owners.TryGetValue(name, out var set))
                {
                    owners[name] = set = [];
                }

                set.Add(country.Code);
            }
        }

        foreach (var (name, codes) in owners.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (codes.Count > 1)
            {
                problems.Add(new(file, "$", null, $"the name '{name}' belongs to several countries: {string.Join(", ", codes.Order())}"));
            }
        }
    }

    private static void UniqueId(List<DataProblem> problems, string file, string at, string? id, HashSet<string> seen)
    {
        if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
        {
            problems.Add(new(file, at + ".id", null, $"id '{id}' is empty or duplicated"));
        }
    }

    private static void RequireText(List<DataProblem> problems, string file, string path, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(file, path, null, $"{what} is empty"));
        }
    }

    private static void CheckSources(List<DataProblem> problems, string file, string at, ISourced record, HashSet<string> sourceIds)
    {
        if (record.SourceIds is null || record.SourceIds.Count == 0)
        {
            problems.Add(new(file, at + ".sourceIds", null, "the record names no source"));
            return;
        }

        foreach (var id in record.SourceIds)
        {
            if (id is null || !sourceIds.Contains(id))
            {
                problems.Add(new(file, at + ".sourceIds", null, $"source '{id}' does not exist in the sources set"));
            }
        }
    }
}
