using System.Globalization;
using BriData.Loading;

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
    /// <summary>The earliest year of trade and of most dated records (the IMF DOTS series start after 1948).</summary>
    public const int FirstYear = 1948;

    /// <summary>The earliest year a release day may have.</summary>
    public const int FirstReleaseYear = 2000;

    /// <summary>The latest year a release day may have (a guard against typos such as 9999-12-31).</summary>
    public const int LastReleaseYear = 2100;

    /// <summary>The largest amount accepted: USD 10^15 (a quadrillion, about ten times world GDP).</summary>
    public const decimal MaxAmountUsd = 1_000_000_000_000_000m;

    /// <summary>The largest population accepted: 10^10 persons.</summary>
    public const long MaxPopulation = 10_000_000_000L;

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
                    check(record, at);
                }
                else
                {
                    Add(at, $"record is null");
                }
            }
        }

        private void CheckSource(Source s, string at)
        {
            if (string.IsNullOrWhiteSpace(s.Id) || !sourceIds.Add(s.Id))
            {
                Add(at + ".id", $"source id '{s.Id}' is empty or duplicated");
            }

            Defined(at + ".kind", s.Kind);
            RequireText(at + ".publisher", s.Publisher, "publisher");
            RequireText(at + ".title", s.Title, "title");
            if (!Uri.TryCreate(s.Address, UriKind.Absolute, out _))
            {
                Add(at + ".address", $"source '{s.Id}' has an address that is not an absolute URL: '{s.Address}'");
            }

            RequireText(at + ".licence", s.Licence, "licence");
            OptionalText(at + ".id", s.Id);
            OptionalText(at + ".version", s.Version);
            OptionalText(at + ".note", s.Note);
            Date(at + ".published", s.Published, null);
            Date(at + ".retrievedOn", s.RetrievedOn, DatePrecision.Day);
        }

        private void CheckCountry(Country c, string at)
        {
            if (c.Code.IsEmpty)
            {
                Add(at + ".code", $"the country code is missing");
            }
            else if (!countryCodes.Add(c.Code))
            {
                Add(at + ".code", $"country code {c.Code} is duplicated");
            }

            if (c.Alpha2 is null || c.Alpha2.Length != 2 || !CountryCode.TryParse(c.Alpha2, out var a2) || a2 != c.Code)
            {
                Add(at + ".alpha2", $"alpha-2 code '{c.Alpha2}' of {c.Code} does not match the ISO table");
            }

            if (c.Numeric is < 1 or > 999 || !CountryCode.TryParse(c.Numeric.ToString(CultureInfo.InvariantCulture), out var num) || num != c.Code)
            {
                Add(at + ".numeric", $"numeric code {c.Numeric} of {c.Code} does not match the ISO table");
            }

            RequireText(at + ".name", c.Name, "name");
            RequireText(at + ".officialName", c.OfficialName, "official name");
            if (c.Names is null)
            {
                Add(at + ".names", $"the localized names are missing");
            }
            else
            {
                RequireText(at + ".names.english", c.Names.English, "English name");
                RequireText(at + ".names.spanish", c.Names.Spanish, "Spanish name");
                RequireText(at + ".names.portuguese", c.Names.Portuguese, "Portuguese name");
                RequireText(at + ".names.chinese", c.Names.Chinese, "Chinese name");
            }

            Texts(at + ".aliases", c.Aliases);
            Texts(at + ".formerNames", c.FormerNames);
            RequireText(at + ".region", c.Region, "region");
            OptionalText(at + ".intermediateRegion", c.IntermediateRegion);
            RequireText(at + ".subregion", c.Subregion, "subregion");
            RequireText(at + ".capital", c.Capital, "capital");
            RequireText(at + ".currencyCode", c.CurrencyCode, "currency code");
            RequireText(at + ".currencyName", c.CurrencyName, "currency name");
            Sources(at, c);
        }

        private static bool HasAllNames(Country? c) =>
            c is { Name: not null, OfficialName: not null, Aliases: not null, FormerNames: not null }
            && c.Names is { English: not null, Spanish: not null, Portuguese: not null, Chinese: not null }
            && c.Aliases.All(a => a is not null) && c.FormerNames.All(f => f is not null);

        private void CheckNamesResolve(IReadOnlyList<Country> countries)
        {
            file = DataSetName.FileName(DataSetName.Countries);
            var owners = new Dictionary<string, HashSet<CountryCode>>(NameFolding.Instance);
            var known = countries.Where(c => c is not null).Select(c => c.Code).ToHashSet();
            foreach (var country in countries)
            {
                foreach (var name in NameIndex.NamesOf(country))
                {
                    if (NameFolding.FoldToString(name).Length == 0)
                    {
                        continue;
                    }

                    // Resolve reads a text of one to three characters as a code first, so such a name would
                    // silently mean another country.
                    var trimmed = name.AsSpan().Trim();
                    if (trimmed.Length <= 3 && CountryCode.TryParse(trimmed, out var asCode) && asCode != country.Code && known.Contains(asCode))
                    {
                        Add("$", $"the name '{name}' of {country.Code} reads as the code of {asCode}");
                    }

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
                    Add("$", $"the name '{name}' belongs to several countries: {string.Join(", ", codes.Order())}");
                }
            }
        }

        private void CheckEvent(PolicyEvent e, string at)
        {
            UniqueId(at, e.Id, eventIds);
            Defined(at + ".kind", e.Kind);
            if (e.Country is CountryCode code)
            {
                KnownCountry(at + ".country", code, $"event '{e.Id}' names unknown country {code}");
            }

            Date(at + ".date", e.Date, null);
            if (e.Date is PartialDate d && d.Year != 0 && (d.Year < FirstYear - 100 || d.Year > lastYear))
            {
                Add(at + ".date", $"event '{e.Id}' date {d} is out of range");
            }

            Date(at + ".endDate", e.EndDate, null);
            if (e.EndDate is PartialDate end && end.Year != 0 && (e.Date is not PartialDate start || start.Year == 0 || end.Start < start.Start))
            {
                Add(at + ".endDate", $"event '{e.Id}' ends ({end}) before it starts");
            }

            if (e.AlternativeDates is null)
            {
                Add(at + ".alternativeDates", $"the list is missing (use an empty list)");
            }
            else
            {
                for (var j = 0; j < e.AlternativeDates.Count; j++)
                {
                    var alt = e.AlternativeDates[j];
                    var altAt = $"{at}.alternativeDates[{j}]";
                    if (alt is null)
                    {
                        Add(altAt, $"item is null");
                        continue;
                    }

                    Date(altAt + ".date", alt.Date, null);
                    OptionalText(altAt + ".note", alt.Note);
                    Sources(altAt, alt);
                }
            }

            RequireText(at + ".title", e.Title, "title");
            OptionalText(at + ".agreement", e.Agreement);
            OptionalText(at + ".location", e.Location);
            OptionalText(at + ".note", e.Note);
            Sources(at, e);
        }

        private void CheckTrade(TradeRecord t, string at, HashSet<(CountryCode, CountryCode, TradeFlow, int)> keys)
        {
            KnownCountry(at + ".reporter", t.Reporter, $"unknown reporter {t.Reporter}");
            if (t.Partner != CountryCode.World)
            {
                KnownCountry(at + ".partner", t.Partner, $"unknown partner {t.Partner}");
            }

            Defined(at + ".flow", t.Flow);
            if (t.Year < FirstYear || t.Year > lastYear)
            {
                Add(at + ".year", $"year {t.Year} is outside {FirstYear}..{lastYear}");
            }

            if (t.ValueUsdMillions < 0)
            {
                Add(at + ".valueUsdMillions", $"negative trade value {t.ValueUsdMillions}");
            }
            else if (t.ValueUsdMillions > MaxAmountUsd / 1_000_000m)
            {
                Add(at + ".valueUsdMillions", $"trade value {t.ValueUsdMillions} USD millions is above the limit of USD 10^15");
            }

            if (!keys.Add((t.Reporter, t.Partner, t.Flow, t.Year)))
            {
                Add(at, $"duplicate trade record {t.Reporter}->{t.Partner} {t.Flow} {t.Year}");
            }

            Sources(at, t);
        }

        private void CheckIndicators(CountryYearIndicators r, string at, HashSet<(CountryCode, int)> keys)
        {
            KnownCountry(at + ".country", r.Country, $"unknown country {r.Country}");
            if (r.Year < 1900 || r.Year > lastYear)
            {
                Add(at + ".year", $"year {r.Year} is out of range");
            }

            if (r.Population is <= 0 or > MaxPopulation)
            {
                Add(at + ".population", $"population {r.Population} must be positive and at most 10^10 (missing is null)");
            }

            if (r.GdpCurrentUsd is <= 0 or > MaxAmountUsd)
            {
                Add(at + ".gdpCurrentUsd", $"GDP {r.GdpCurrentUsd} must be positive and at most USD 10^15 (missing is null)");
            }

            if (!keys.Add((r.Country, r.Year)))
            {
                Add(at, $"duplicate indicators for {r.Country} {r.Year}");
            }

            Sources(at, r);
        }

        private void CheckFinance(FinanceRecord f, string at)
        {
            if (f.Id <= 0 || !financeIds.Add(f.Id))
            {
                Add(at + ".id", $"AidData record id {f.Id} is not positive or is duplicated");
            }

            // A recipient may be a territory outside the countries set (AidData lists Curaçao), but not an aggregate
            // (WLD), a code ISO 3166 leaves to private use (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ: XXX), nor China, the lender.
            if (f.Recipient.IsEmpty)
            {
                Add(at + ".recipient", $"recipient is missing");
            }
            else if (f.Recipient == CountryCode.China)
            {
                Add(at + ".recipient", $"recipient CHN is the lender's country; a recipient is a partner country");
            }
            else if (!countryCodes.Contains(f.Recipient) && IsNotACountry(f.Recipient))
            {
                Add(at + ".recipient", $"recipient {f.Recipient} is not a country or territory (an aggregate or a private-use code)");
            }

            RequireText(at + ".title", f.Title, "title");
            OptionalText(at + ".lender", f.Lender);
            OptionalText(at + ".flowType", f.FlowType);
            OptionalText(at + ".flowClass", f.FlowClass);
            OptionalText(at + ".intent", f.Intent);
            OptionalText(at + ".fundingAgencyType", f.FundingAgencyType);
            OptionalText(at + ".implementingAgencyType", f.ImplementingAgencyType);
            OptionalText(at + ".locationPrecision", f.LocationPrecision);
            if (f.Amount is Money m)
            {
                if (m.Basis != MoneyBasis.ConstantUsd2021)
                {
                    Add(at + ".amount.basis", $"record {f.Id} amount is {m.Basis}; development finance is in ConstantUsd2021");
                }

                Amount(at + ".amount.amountUsd", m, $"record {f.Id}");
            }

            if (f.CommitmentYear < 2000 || f.CommitmentYear > lastYear)
            {
                Add(at + ".commitmentYear", $"commitment year {f.CommitmentYear} is out of range");
            }

            Date(at + ".commitmentDate", f.CommitmentDate, null);
            if (f.CommitmentDate is PartialDate cd && cd.Year != 0 && cd.Year != f.CommitmentYear)
            {
                Add(at + ".commitmentDate", $"commitment date {cd} is not in the commitment year {f.CommitmentYear}");
            }

            Date(at + ".implementationStart", f.ImplementationStart, null);
            Date(at + ".completion", f.Completion, null);
            Defined(at + ".status", f.Status);
            RequireText(at + ".sector", f.Sector, "sector");
            NotNull(at + ".linkedRecordIds", f.LinkedRecordIds);
            Texts(at + ".osmLinks", f.OsmLinks);
            Sources(at, f);
        }

        private static bool IsNotACountry(CountryCode code)
        {
            var a = code.Alpha3;
            return a == "WLD" || a[0] == 'X' || (a[0] == 'Q' && a[1] >= 'M') || (a[0] == 'A' && a[1] == 'A') || (a[0] == 'Z' && a[1] == 'Z');
        }

        private void CheckInvestment(InvestmentRecord r, string at)
        {
            UniqueId(at, r.Id, investmentIds);
            RequireText(at + ".release", r.Release, "release");
            KnownCountry(at + ".country", r.Country, $"unknown country {r.Country}");
            Date(at + ".date", r.Date, DatePrecision.Month);
            if (r.Date.Year != 0 && (r.Date.Year < FirstYear || r.Date.Year > lastYear))
            {
                Add(at + ".date", $"date {r.Date} is outside {FirstYear}..{lastYear}");
            }

            RequireText(at + ".investor", r.Investor, "investor");
            if (r.Amount.Basis != MoneyBasis.NominalUsd || r.Amount.PriceYear != r.Date.Year)
            {
                Add(at + ".amount", $"record {r.Id} amount must be nominal USD of its year {r.Date.Year}");
            }

            Amount(at + ".amount.amountUsd", r.Amount, $"record {r.Id}");
            if (r.SharePercent is < 0 or > 100)
            {
                Add(at + ".sharePercent", $"share {r.SharePercent} is outside 0..100");
            }

            RequireText(at + ".sector", r.Sector, "sector");
            OptionalText(at + ".transactionParty", r.TransactionParty);
            OptionalText(at + ".subsector", r.Subsector);
            Defined(at + ".kind", r.Kind);
            Sources(at, r);
        }

        private void CheckProject(FlagshipProject p, string at, HashSet<string> ids)
        {
            UniqueId(at, p.Id, ids);
            RequireText(at + ".name", p.Name, "name");
            OptionalText(at + ".localName", p.LocalName);
            OptionalText(at + ".owner", p.Owner);
            KnownCountry(at + ".country", p.Country, $"project '{p.Id}' names unknown country {p.Country}");
            Defined(at + ".kind", p.Kind);
            Defined(at + ".status", p.Status);
            Texts(at + ".builders", p.Builders);
            Texts(at + ".financiers", p.Financiers);
            RequireText(at + ".summary", p.Summary, "summary");
            if (NotNull(at + ".milestones", p.Milestones))
            {
                for (var j = 0; j < p.Milestones.Count; j++)
                {
                    var m = p.Milestones[j];
                    var mAt = $"{at}.milestones[{j}]";
                    if (m is null)
                    {
                        Add(mAt, $"item is null");
                        continue;
                    }

                    Defined(mAt + ".kind", m.Kind);
                    Date(mAt + ".date", m.Date, null);
                    OptionalText(mAt + ".note", m.Note);
                    Sources(mAt, m);
                }
            }

            if (NotNull(at + ".measures", p.Measures))
            {
                for (var j = 0; j < p.Measures.Count; j++)
                {
                    var m = p.Measures[j];
                    var mAt = $"{at}.measures[{j}]";
                    if (m is null)
                    {
                        Add(mAt, $"item is null");
                        continue;
                    }

                    RequireText(mAt + ".label", m.Label, "label");
                    RequireText(mAt + ".unit", m.Unit, "unit");
                    OptionalText(mAt + ".note", m.Note);
                    if (m.Value < 0)
                    {
                        Add(mAt + ".value", $"negative measure");
                    }
                    else if (m.Value > MaxAmountUsd)
                    {
                        Add(mAt + ".value", $"measure {m.Value} is above the limit of 10^15");
                    }

                    Defined(mAt + ".bound", m.Bound);
                    Sources(mAt, m);
                }
            }

            if (p.Cost is ProjectCost cost)
            {
                Amount(at + ".cost.amount", cost.Amount, "the cost");
                Defined(at + ".cost.bound", cost.Bound);
                OptionalText(at + ".cost.note", cost.Note);
                Sources(at + ".cost", cost);
            }

            if (NotNull(at + ".financeRecordIds", p.FinanceRecordIds))
            {
                foreach (var id in p.FinanceRecordIds)
                {
                    if (!financeIds.Contains(id))
                    {
                        Add(at + ".financeRecordIds", $"project '{p.Id}' links AidData record {id}, which is not in the finance set");
                    }
                }
            }

            if (NotNull(at + ".investmentRecordIds", p.InvestmentRecordIds))
            {
                foreach (var id in p.InvestmentRecordIds)
                {
                    if (id is null || !investmentIds.Contains(id))
                    {
                        Add(at + ".investmentRecordIds", $"project '{p.Id}' links investment record '{id}', which is not in the investments set");
                    }
                }
            }

            Sources(at, p);
        }

        private void CheckInitiative(Initiative r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            RequireText(at + ".title", r.Title, "title");
            Defined(at + ".domain", r.Domain);
            if (NotNull(at + ".countries", r.Countries))
            {
                foreach (var code in r.Countries)
                {
                    KnownCountry(at + ".countries", code, $"initiative '{r.Id}' names unknown country {code}");
                }
            }

            Date(at + ".started", r.Started, null);
            RequireText(at + ".summary", r.Summary, "summary");
            Sources(at, r);
        }

        private void CheckHighlight(TradeHighlight r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            KnownCountry(at + ".country", r.Country, $"highlight '{r.Id}' names unknown country {r.Country}");
            RequireText(at + ".product", r.Product, "product");
            OptionalText(at + ".hsCode", r.HsCode);
            OptionalText(at + ".note", r.Note);
            Sources(at, r);
        }

        private void CheckClaim(Claim r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            if (r.Country is CountryCode code)
            {
                KnownCountry(at + ".country", code, $"claim '{r.Id}' names unknown country {code}");
            }

            Defined(at + ".topic", r.Topic);
            RequireText(at + ".statement", r.Statement, "statement");
            if (r.Quantity is null)
            {
                Add(at + ".quantity", $"claim '{r.Id}' has no quantity");
            }
            else
            {
                if (r.Quantity.Value < 0)
                {
                    Add(at + ".quantity.value", $"claim '{r.Id}' has a negative value");
                }
                else if (r.Quantity.Value > MaxAmountUsd)
                {
                    Add(at + ".quantity.value", $"claim '{r.Id}' value {r.Quantity.Value} is above the limit of 10^15");
                }

                Defined(at + ".quantity.bound", r.Quantity.Bound);
                RequireText(at + ".quantity.unit", r.Quantity.Unit, "unit");
                Date(at + ".quantity.asOf", r.Quantity.AsOf, null);
            }

            if (r.Period is ClaimPeriod period && period.LastYear > lastYear)
            {
                Add(at + ".period", $"period {period} ends after {lastYear}");
            }

            OptionalText(at + ".compiler", r.Compiler);
            OptionalText(at + ".note", r.Note);

            Sources(at, r);
        }

        /// <summary>Adds a problem; the reason is formatted with the invariant culture (numbers never depend on the current culture).</summary>
        private void Add(string path, FormattableString reason) => problems.Add(new DataProblem(file, path, null, FormattableString.Invariant(reason)));

        private void KnownCountry(string path, CountryCode code, FormattableString reason)
        {
            if (code.IsEmpty)
            {
                Add(path, $"the country code is missing");
            }
            else if (!countryCodes.Contains(code))
            {
                Add(path, reason);
            }
        }

        private void UniqueId(string at, string? id, HashSet<string> seen)
        {
            if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
            {
                Add(at + ".id", $"id '{id}' is empty or duplicated");
            }
            else
            {
                OptionalText(at + ".id", id);
            }
        }

        private void RequireText(string path, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(path, $"{what} is empty");
            }
            else
            {
                OptionalText(path, value);
            }
        }

        /// <summary>Text that may be null but, when present, must be valid UTF-16 (no unpaired surrogate), so that every format can write it.</summary>
        private void OptionalText(string path, string? value)
        {
            if (value is null)
            {
                return;
            }

            if (!IsValidUtf16(value))
            {
                Add(path, $"the text holds an unpaired surrogate (invalid UTF-16)");
            }
            else if (TextHygiene.FindForbidden(value) is int at)
            {
                Add(path, $"the text holds the control character U+{(int)value[at]:X4} at position {at} (control characters other than tab and line breaks, and bidirectional overrides, are refused)");
            }
        }

        private static bool IsValidUtf16(string value)
        {
            var span = value.AsSpan();
            if (!span.ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return true;
            }

            for (var i = 0; i < span.Length; i++)
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(span[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool NotNull<T>(string path, IReadOnlyList<T>? list)
        {
            if (list is null)
            {
                Add(path, $"the list is missing (use an empty list)");
                return false;
            }

            return true;
        }

        private void Texts(string path, IReadOnlyList<string>? list)
        {
            if (!NotNull(path, list))
            {
                return;
            }

            for (var j = 0; j < list!.Count; j++)
            {
                if (list[j] is null)
                {
                    Add($"{path}[{j}]", $"item is null");
                }
                else
                {
                    OptionalText($"{path}[{j}]", list[j]);
                }
            }
        }

        private void Defined<TEnum>(string path, TEnum value)
            where TEnum : struct, Enum
        {
            if (!Enum.IsDefined(value))
            {
                Add(path, $"{typeof(TEnum).Name} {value} is not defined");
            }
        }

        private void Date(string path, PartialDate? date, DatePrecision? precision)
        {
            if (date is not PartialDate d)
            {
                return;
            }

            if (d.Year == 0)
            {
                Add(path, $"the date is missing (default value)");
            }
            else if (precision is DatePrecision p && d.Precision != p)
            {
                Add(path, $"date {d} has {d.Precision} precision; {p} precision is required ({Form(p)})");
            }
        }

        private static string Form(DatePrecision p) => p switch
        {
            DatePrecision.Day => "YYYY-MM-DD",
            DatePrecision.Month => "YYYY-MM",
            _ => "YYYY",
        };

        private void Amount(string path, Money m, string what)
        {
            // The checks MoneyJsonConverter makes when a file is read, so that Create accepts only what Save can write
            // and Load can read back (a default(Money) has an undefined basis).
            var basisPath = path.EndsWith(".amountUsd", StringComparison.Ordinal) ? path[..^".amountUsd".Length] + ".basis" : path + ".basis";
            var yearPath = basisPath[..^".basis".Length] + ".priceYear";
            if (!Enum.IsDefined(m.Basis))
            {
                Add(basisPath, $"{what} has no money basis (MoneyBasis {m.Basis} is not defined; a default Money is not an amount)");
            }
            else if (m.Basis == MoneyBasis.ConstantUsd2021 && m.PriceYear is not null)
            {
                Add(yearPath, $"{what} is in constant 2021 USD and has no price year (found {m.PriceYear})");
            }
            else if (m.PriceYear is int year && (year < 1900 || year > 2100))
            {
                // A window, not "no later than next year": a planned project's cost may be quoted in future prices.
                Add(yearPath, $"{what} price year {year} is outside 1900..2100");
            }

            if (m.AmountUsd < 0)
            {
                Add(path, $"{what} has a negative amount");
            }
            else if (m.AmountUsd > MaxAmountUsd)
            {
                Add(path, $"{what} amount {m.AmountUsd} is above the limit of USD 10^15");
            }
        }

        private void Sources(string at, ISourced record)
        {
            if (record.SourceIds is null || record.SourceIds.Count == 0)
            {
                Add(at + ".sourceIds", $"the record names no source");
                return;
            }

            foreach (var id in record.SourceIds)
            {
                if (id is null || !sourceIds.Contains(id))
                {
                    Add(at + ".sourceIds", $"source '{id}' does not exist in the sources set");
                }
            }
        }
    }
}
