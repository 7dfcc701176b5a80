using CsCheck;

namespace BriData.Fuzz;

/// <summary>
/// CsCheck generators of valid data releases: random sets of every kind, with ids, references, money bases, dates
/// and precisions that pass validation, and text that stresses every format (commas, quotes, line breaks, tabs,
/// leading and trailing spaces, non-ASCII letters).
/// </summary>
public static class DatasetGenerators
{
    private static readonly (string Code, string Alpha2, int Numeric)[] Pool =
        [("ARG", "AR", 32), ("BRA", "BR", 76), ("CHL", "CL", 152), ("CHN", "CN", 156), ("CUB", "CU", 192), ("MEX", "MX", 484), ("PER", "PE", 604)];

    /// <summary>Text of 0..10 pieces from a set of troublemakers (including a character outside the BMP, a surrogate pair).</summary>
    public static readonly Gen<string> Text = Gen.OneOf("a", "b", "Z", "0", "9", " ", ",", ";", "\"", "'", "\n", "\r", "\r\n", "\t", "\\", "/", "é", "ñ", "中文", "…", "€", "{", "}", "[", "]", ":", "😀", "=1+1")
        .Array[0, 10].Select(pieces => string.Concat(pieces));

    /// <summary>Text that is never empty or blank.</summary>
    public static readonly Gen<string> Required = Text.Select(t => "x" + t);

    /// <summary>A unit of the closed vocabulary that releases are checked against (any other is refused at load).</summary>
    public static readonly Gen<MeasureUnit> Unit = Gen.OneOf([.. MeasureUnit.All.OrderBy(u => u.Symbol, StringComparer.Ordinal)]);

    /// <summary>A decimal of 0..<paramref name="max"/> units with 0..<paramref name="maxScale"/> decimal places (trailing zeros kept).</summary>
    public static Gen<decimal> Amount(long max, int maxScale) =>
        Gen.Select(Gen.Long[0, max], Gen.Int[0, maxScale], (m, s) => new decimal((int)(m & 0xFFFFFFFF), (int)(m >> 32), 0, false, (byte)s));

    /// <summary>A partial date of any precision in <paramref name="minYear"/>..<paramref name="maxYear"/>.</summary>
    public static Gen<PartialDate> Date(int minYear, int maxYear) =>
        Gen.Select(Gen.Int[minYear, maxYear], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 2], (y, m, d, p) => p switch
        {
            0 => new PartialDate(y),
            1 => new PartialDate(y, m),
            _ => new PartialDate(y, m, d),
        });

    /// <summary>A day-precision date.</summary>
    public static Gen<PartialDate> Day(int minYear, int maxYear) =>
        Gen.Select(Gen.Int[minYear, maxYear], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => new PartialDate(y, m, d));

    /// <summary>A whole valid release.</summary>
    public static Gen<BriDatasetContent> Content =>
        from sourceCount in Gen.Int[1, 4]
        from mask in Gen.Int[1, (1 << Pool.Length) - 1]
        from version in Required
        from released in Day(2025, 2100) // records are dated up to 2025; a record may not be later than the year after the release
        let sourceIds = Enumerable.Range(0, sourceCount).Select(i => "s" + i).ToArray()
        let countries = Pool.Where((_, i) => (mask & (1 << i)) != 0).Select(c => (Code: CountryCode.Parse(c.Code), c.Alpha2, c.Numeric)).ToArray()
        let codes = countries.Select(c => c.Code).ToArray()
        from sources in SourceGen.Array[sourceCount]
        from countryRecords in CountryGen(sourceIds).Array[countries.Length]
        from events in EventGen(sourceIds, codes).Array[0, 4]
        from trade in TradeGen(sourceIds, codes).Array[0, 6]
        from indicators in IndicatorsGen(sourceIds, codes).Array[0, 4]
        from finance in FinanceGen(sourceIds, codes).Array[0, 4]
        from investments in InvestmentGen(sourceIds, codes).Array[0, 4]
        from projects in ProjectGen(sourceIds, codes, finance.Length, investments.Length).Array[0, 3]
        from initiatives in InitiativeGen(sourceIds, codes).Array[0, 2]
        from highlights in HighlightGen(sourceIds, codes).Array[0, 2]
        from claims in ClaimGen(sourceIds, codes).Array[0, 3]
        select new BriDatasetContent
        {
            Version = version,
            Released = released,
            Sources = sources.Select((s, i) => s with { Id = sourceIds[i], Address = "https://example.org/" + i }).ToList(),
            Countries = countryRecords.Select((c, i) => Named(c, countries[i].Code, countries[i].Alpha2, countries[i].Numeric)).ToList(),
            Events = events.Select((e, i) => e with { Id = "e" + i }).ToList(),
            Trade = trade.DistinctBy(t => (t.Reporter, t.Partner, t.Flow, t.Year)).ToList(),
            Indicators = indicators.DistinctBy(r => (r.Country, r.Year)).ToList(),
            Finance = finance.Select((f, i) => f with { Id = i + 1 }).ToList(),
            Investments = investments.Select((r, i) => r with { Id = "i" + i }).ToList(),
            Projects = projects.Select((p, i) => p with { Id = "p" + i }).ToList(),
            Initiatives = initiatives.Select((r, i) => r with { Id = "n" + i }).ToList(),
            TradeHighlights = highlights.Select((r, i) => r with { Id = "h" + i }).ToList(),
            Claims = claims.Select((r, i) => r with { Id = "c" + i }).ToList(),
        };

    private static Gen<Source> SourceGen =>
        from kind in Gen.Enum<SourceKind>()
        from publisher in Required
        from title in Required
        from published in Date(1990, 2025).Nullable()
        from licence in Required
        from version in Text.Null()
        from retrieved in Day(2020, 2025)
        from note in Text.Null()
        select new Source { Id = "?", Kind = kind, Publisher = publisher, Title = title, Address = "?", Published = published, Licence = licence, Version = version, RetrievedOn = retrieved, Note = note };

    private static Gen<List<string>> Cites(string[] sourceIds) =>
        Gen.Int[0, sourceIds.Length - 1].Array[1, 3].Select(a => a.Distinct().Select(i => sourceIds[i]).ToList());

    private static Gen<T> Pick<T>(T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static Gen<Country> CountryGen(string[] sourceIds) =>
        from name in Required
        from official in Required
        from es in Required
        from pt in Required
        from zh in Required
        from aliases in Required.List[0, 2]
        from former in Required.List[0, 1]
        from intermediate in Text.Null()
        from lac in Gen.Bool
        from capital in Required
        from currency in Required
        from cites in Cites(sourceIds)
        select new Country
        {
            Code = default, Alpha2 = "?", Numeric = 0, Name = name, OfficialName = official,
            Names = new LocalizedNames { English = name, Spanish = es, Portuguese = pt, Chinese = zh },
            Aliases = aliases, FormerNames = former, Region = "Americas", Subregion = "Latin America and the Caribbean", IntermediateRegion = intermediate,
            IsLatinAmericaAndCaribbean = lac, Capital = capital, CurrencyCode = currency, CurrencyName = currency + " unit", SourceIds = cites,
        };

    /// <summary>Gives a generated country its code and prefixes every name with the code, so that no name is shared.</summary>
    private static Country Named(Country c, CountryCode code, string alpha2, int numeric)
    {
        string P(string s) => code.Alpha3 + " " + s;
        return c with
        {
            Code = code, Alpha2 = alpha2, Numeric = numeric, Name = P(c.Name), OfficialName = P("official " + c.OfficialName),
            Names = new LocalizedNames { English = P(c.Name), Spanish = P("es " + c.Names.Spanish), Portuguese = P("pt " + c.Names.Portuguese), Chinese = P("zh " + c.Names.Chinese) },
            Aliases = c.Aliases.Select(a => P("alias " + a)).ToList(), FormerNames = c.FormerNames.Select(f => P("former " + f)).ToList(),
        };
    }

    private static Gen<PolicyEvent> EventGen(string[] sourceIds, CountryCode[] codes) =>
        from kind in Gen.Enum<PolicyEventKind>()
        from country in Pick(codes).Nullable()
        from date in Date(1950, 2025).Nullable()
        from sameEnd in Gen.Bool
        from alternatives in (from d in Date(1950, 2025) from note in Text.Null() from cites in Cites(sourceIds) select new AlternativeDate { Date = d, Note = note, SourceIds = cites }).List[0, 2]
        from agreement in Text.Null()
        from upgrade in Gen.Bool
        from title in Required
        from location in Text.Null()
        from note in Text.Null()
        from cites in Cites(sourceIds)
        select new PolicyEvent
        {
            Id = "?", Kind = kind, Country = country, Date = date, EndDate = sameEnd ? date : null, AlternativeDates = alternatives, Agreement = agreement,
            IsUpgrade = upgrade, Title = title, Location = location, Note = note, SourceIds = cites,
        };

    private static Gen<TradeRecord> TradeGen(string[] sourceIds, CountryCode[] codes) =>
        from reporter in Pick(codes)
        from partner in Pick([.. codes, CountryCode.World])
        from flow in Gen.Enum<TradeFlow>()
        from year in Gen.Int[1948, 2025]
        from value in Amount(1_000_000_000, 4)
        from estimate in Gen.Bool
        from cites in Cites(sourceIds)
        select new TradeRecord { Reporter = reporter, Partner = partner, Flow = flow, Year = year, ValueUsdMillions = value, IsEstimate = estimate, SourceIds = cites };

    private static Gen<CountryYearIndicators> IndicatorsGen(string[] sourceIds, CountryCode[] codes) =>
        from country in Pick(codes)
        from year in Gen.Int[1900, 2025]
        from population in Gen.Long[1, 10_000_000_000].Nullable()
        from gdp in Amount(100_000_000_000_000, 2).Select(g => g + 1m).Nullable()
        from cites in Cites(sourceIds)
        select new CountryYearIndicators { Country = country, Year = year, Population = population, GdpCurrentUsd = gdp, SourceIds = cites };

    private static Gen<FinanceRecord> FinanceGen(string[] sourceIds, CountryCode[] codes) =>
        from recipient in Pick([.. codes.Where(c => c != CountryCode.China), CountryCode.Parse("CUW")]) // China lends; it is never a recipient
        from title in Required
        from lender in Text.Null()
        from amount in Amount(1_000_000_000_000, 6).Nullable()
        from year in Gen.Int[2000, 2025]
        from month in Gen.Int[0, 12]
        from start in Date(2000, 2030).Nullable()
        from completion in Date(2000, 2030).Nullable()
        from status in Gen.Enum<FinanceStatus>()
        from sector in Required
        from flags in Gen.Int[0, 3]
        from linked in Gen.Int[1, 100_000].List[0, 3]
        from texts in Text.Null().Array[6]
        from osm in Required.List[0, 2]
        from cites in Cites(sourceIds)
        select new FinanceRecord
        {
            Id = 0, Recipient = recipient, Title = title, Lender = lender, Amount = amount is decimal a ? Money.ConstantUsd2021(a) : null, CommitmentYear = year,
            CommitmentDate = month == 0 ? null : new PartialDate(year, month), ImplementationStart = start, Completion = completion, Status = status, Sector = sector,
            IsInfrastructure = (flags & 1) != 0, IsAggregationSafe = (flags & 2) != 0, LinkedRecordIds = linked, FlowType = texts[0], FlowClass = texts[1], Intent = texts[2],
            FundingAgencyType = texts[3], ImplementingAgencyType = texts[4], OsmLinks = osm, LocationPrecision = texts[5], SourceIds = cites,
        };

    private static Gen<InvestmentRecord> InvestmentGen(string[] sourceIds, CountryCode[] codes) =>
        from release in Required
        from country in Pick(codes)
        from year in Gen.Int[1990, 2025]
        from month in Gen.Int[1, 12]
        from investor in Required
        from amount in Amount(100_000_000_000_000, 2)
        from share in Gen.Int[0, 10_000].Select(s => s / 100m).Nullable()
        from party in Text.Null()
        from sector in Required
        from subsector in Text.Null()
        from kind in Gen.Enum<InvestmentKind>()
        from flags in Gen.Int[0, 3]
        from bri in Gen.Bool.Nullable()
        from cites in Cites(sourceIds)
        select new InvestmentRecord
        {
            Id = "?", Release = release, Country = country, Date = new PartialDate(year, month), Investor = investor, Amount = Money.NominalUsd(amount, year),
            SharePercent = share, TransactionParty = party, Sector = sector, Subsector = subsector, Kind = kind, IsTroubled = (flags & 1) != 0, IsBri = bri,
            IsGreenfield = (flags & 2) != 0, SourceIds = cites,
        };

    private static Gen<FlagshipProject> ProjectGen(string[] sourceIds, CountryCode[] codes, int financeCount, int investmentCount) =>
        from name in Required
        from local in Text.Null()
        from country in Pick(codes)
        from kind in Gen.Enum<ProjectKind>()
        from status in Gen.Enum<ProjectStatus>()
        from bri in Gen.Bool.Nullable()
        from owner in Text.Null()
        from builders in Required.List[0, 2]
        from financiers in Required.List[0, 2]
        from summary in Required
        from milestones in (from k in Gen.Enum<MilestoneKind>() from d in Date(1990, 2030) from n in Text.Null() from c in Cites(sourceIds) select new ProjectMilestone { Kind = k, Date = d, Note = n, SourceIds = c }).List[0, 3]
        from measures in (from l in Required from v in Amount(1_000_000_000, 3) from u in Unit from b in Gen.Enum<QuantityBound>() from n in Text.Null() from c in Cites(sourceIds) select new ProjectMeasure { Label = l, Value = v, Unit = u, Bound = b, Note = n, SourceIds = c }).List[0, 2]
        from cost in CostGen(sourceIds).Null()
        from financeIds in Gen.Int[1, Math.Max(1, financeCount)].List[0, financeCount == 0 ? 0 : 2]
        from investmentIds in Gen.Int[0, Math.Max(0, investmentCount - 1)].List[0, investmentCount == 0 ? 0 : 2]
        from cites in Cites(sourceIds)
        select new FlagshipProject
        {
            Id = "?", Name = name, LocalName = local, Country = country, Kind = kind, Status = status, IsBri = bri, Owner = owner, Builders = builders,
            Financiers = financiers, Summary = summary, Milestones = milestones, Measures = measures, Cost = cost,
            FinanceRecordIds = financeIds, InvestmentRecordIds = investmentIds.Select(i => "i" + i).ToList(), SourceIds = cites,
        };

    private static Gen<ProjectCost> CostGen(string[] sourceIds) =>
        from amount in Amount(10_000_000_000_000, 2)
        from basis in Gen.Enum<MoneyBasis>()
        from year in Gen.Int[1990, 2030].Nullable()
        from bound in Gen.Enum<QuantityBound>()
        from note in Text.Null()
        from cites in Cites(sourceIds)
        select new ProjectCost { Amount = new Money(amount, basis, basis == MoneyBasis.ConstantUsd2021 ? null : year), Bound = bound, Note = note, SourceIds = cites };

    private static Gen<Initiative> InitiativeGen(string[] sourceIds, CountryCode[] codes) =>
        from title in Required
        from domain in Gen.Enum<InitiativeDomain>()
        from countries in Pick(codes).List[0, 3]
        from regionWide in Gen.Bool
        from started in Date(1990, 2025).Nullable()
        from summary in Required
        from cites in Cites(sourceIds)
        select new Initiative { Id = "?", Title = title, Domain = domain, Countries = countries, IsRegionWide = regionWide, Started = started, Summary = summary, SourceIds = cites };

    private static Gen<TradeHighlight> HighlightGen(string[] sourceIds, CountryCode[] codes) =>
        from country in Pick(codes)
        from product in Required
        from hs in Text.Null()
        from export in Gen.Bool
        from note in Text.Null()
        from cites in Cites(sourceIds)
        select new TradeHighlight { Id = "?", Country = country, Product = product, HsCode = hs, IsExportToChina = export, Note = note, SourceIds = cites };

    private static Gen<Claim> ClaimGen(string[] sourceIds, CountryCode[] codes) =>
        from country in Pick(codes).Nullable()
        from topic in Gen.Enum<ClaimTopic>()
        from statement in Required
        from value in Amount(1_000_000_000_000, 3)
        from bound in Gen.Enum<QuantityBound>()
        from unit in Unit
        from asOf in Date(1990, 2025).Nullable()
        from texts in Text.Null().Array[2]
        from period in Date(1990, 2025).Nullable()
        from span in Gen.Int[0, 3]
        from cites in Cites(sourceIds)
        select new Claim
        {
            Id = "?", Country = country, Topic = topic, Statement = statement, Quantity = new ClaimQuantity(value, bound, unit, asOf),
            Period = period is PartialDate p ? new ClaimPeriod(new PartialDate(p.Year), new PartialDate(Math.Min(p.Year + span, 2025))) : null,
            Compiler = texts[0], Note = texts[1], SourceIds = cites,
        };
}
