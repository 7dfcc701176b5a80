namespace BriData.Tests.Reliability;

/// <summary>
/// A small, valid, synthetic data release built in code (test sources at example.org, three countries), the
/// starting point of the bad-input, round-trip and fuzz tests. Every set has at least one record, and the records
/// use every kind of value: partial dates of each precision, both money bases, nulls, lists, nested records,
/// non-ASCII text and text that needs CSV quoting.
/// </summary>
public static class SmallRelease
{
    public static readonly CountryCode Arg = CountryCode.Parse("ARG");
    public static readonly CountryCode Chn = CountryCode.Parse("CHN");
    public static readonly CountryCode Per = CountryCode.Parse("PER");

    /// <summary>The records of the release.</summary>
    public static BriDatasetContent Content() => new()
    {
        Version = "2026.1.0-test",
        Released = new PartialDate(2026, 1, 15),
        Sources =
        [
            new Source { Id = "src-a", Kind = SourceKind.Dataset, Publisher = "Test Publisher A", Title = "Test dataset A", Address = "https://example.org/a", Licence = "CC BY 4.0", Version = "1.0", RetrievedOn = new PartialDate(2026, 1, 10) },
            new Source { Id = "src-b", Kind = SourceKind.NewsArticle, Publisher = "Test Publisher B", Title = "Test article B, \"quoted\"", Address = "https://example.org/b", Published = new PartialDate(2024, 11), Licence = "All rights reserved", RetrievedOn = new PartialDate(2026, 1, 11), Note = "line one\nline two" },
        ],
        Countries =
        [
            Country(Arg, "AR", 32, "Argentina", "Argentine Republic", "Argentina", "阿根廷", "South America", true, "Buenos Aires", "ARS", "Argentine peso"),
            Country(Chn, "CN", 156, "China", "People's Republic of China", "China", "中国", null, false, "Beijing", "CNY", "Renminbi"),
            Country(Per, "PE", 604, "Peru", "Republic of Peru", "Perú", "秘鲁", "South America", true, "Lima", "PEN", "Sol"),
        ],
        Events =
        [
            new PolicyEvent { Id = "ev-relations-per", Kind = PolicyEventKind.PrcRelationsEstablished, Country = Per, Date = new PartialDate(1971, 11, 2), AlternativeDates = [], Title = "Peru and the PRC establish relations", SourceIds = ["src-a"] },
            new PolicyEvent
            {
                Id = "ev-fta-per", Kind = PolicyEventKind.FtaSigned, Country = Per, Date = new PartialDate(2009, 4),
                AlternativeDates = [new AlternativeDate { Date = new PartialDate(2009, 4, 28), Note = "day from source B", SourceIds = ["src-b"] }],
                Agreement = "Test FTA", Title = "Peru signs the test FTA", Location = "Beijing, China", SourceIds = ["src-a", "src-b"],
            },
            new PolicyEvent { Id = "ev-forum", Kind = PolicyEventKind.CelacForumMinisterialMeeting, Date = new PartialDate(2015, 1, 8), EndDate = new PartialDate(2015, 1, 9), AlternativeDates = [], Title = "Forum meeting", SourceIds = ["src-a"] },
        ],
        Trade =
        [
            new TradeRecord { Reporter = Chn, Partner = Per, Flow = TradeFlow.ExportsFob, Year = 2019, ValueUsdMillions = 100.50m, IsEstimate = false, SourceIds = ["src-a"] },
            new TradeRecord { Reporter = Per, Partner = Chn, Flow = TradeFlow.ExportsFob, Year = 2019, ValueUsdMillions = 200.25m, IsEstimate = true, SourceIds = ["src-a"] },
            new TradeRecord { Reporter = Per, Partner = CountryCode.World, Flow = TradeFlow.ImportsCif, Year = 2019, ValueUsdMillions = 1000m, IsEstimate = false, SourceIds = ["src-a"] },
        ],
        Indicators =
        [
            new CountryYearIndicators { Country = Per, Year = 2019, Population = 32_000_000, GdpCurrentUsd = 230_000_000_000.5m, SourceIds = ["src-a"] },
            new CountryYearIndicators { Country = Arg, Year = 2019, SourceIds = ["src-a"] },
        ],
        Finance =
        [
            new FinanceRecord
            {
                Id = 101, Recipient = Per, Title = "Loan A, phase 1", Lender = "Test Bank", Amount = Money.ConstantUsd2021(100_000_000.25m), CommitmentYear = 2015,
                CommitmentDate = new PartialDate(2015, 6, 1), Status = FinanceStatus.Completion, Sector = "ENERGY", IsInfrastructure = true, IsAggregationSafe = true,
                LinkedRecordIds = [102], FlowType = "Loan", OsmLinks = ["https://www.openstreetmap.org/way/1"], LocationPrecision = "PRECISE", SourceIds = ["src-a"],
            },
            new FinanceRecord
            {
                Id = 102, Recipient = Arg, Title = "Grant B", CommitmentYear = 2016, Status = FinanceStatus.Implementation, Sector = "HEALTH",
                IsInfrastructure = false, IsAggregationSafe = true, LinkedRecordIds = [], OsmLinks = [], SourceIds = ["src-a"],
            },
        ],
        Investments =
        [
            new InvestmentRecord
            {
                Id = "inv-1", Release = "Test release", Country = Per, Date = new PartialDate(2015, 6), Investor = "Company A", Amount = Money.NominalUsdMillions(300m, 2015),
                SharePercent = 60m, TransactionParty = "Target A", Sector = "Energy", Subsector = "Hydro", Kind = InvestmentKind.Investment, IsTroubled = false, IsBri = null, IsGreenfield = true, SourceIds = ["src-a"],
            },
            new InvestmentRecord
            {
                Id = "inv-2", Release = "Test release", Country = Arg, Date = new PartialDate(2018, 3), Investor = "Company B", Amount = Money.NominalUsdMillions(120.5m, 2018),
                Sector = "Transport", Kind = InvestmentKind.Construction, IsTroubled = true, IsBri = true, IsGreenfield = false, SourceIds = ["src-a"],
            },
        ],
        Projects =
        [
            new FlagshipProject
            {
                Id = "port-a", Name = "Port A", LocalName = "Puerto A", Country = Per, Kind = ProjectKind.Port, Status = ProjectStatus.Operational, IsBri = true, Owner = "Owner A",
                Builders = ["Builder A"], Financiers = [], Summary = "A test port, with a comma",
                Milestones = [new ProjectMilestone { Kind = MilestoneKind.Agreed, Date = new PartialDate(2015, 6), SourceIds = ["src-a"] }, new ProjectMilestone { Kind = MilestoneKind.OperationsStarted, Date = new PartialDate(2024, 11, 14), Note = "opened", SourceIds = ["src-b"] }],
                Measures = [new ProjectMeasure { Label = "berth length", Value = 3.5m, Unit = MeasureUnit.Kilometre, Bound = QuantityBound.About, SourceIds = ["src-b"] }],
                Cost = new ProjectCost { Amount = Money.NominalUsdMillions(1300m, 2024), Bound = QuantityBound.About, SourceIds = ["src-b"] },
                FinanceRecordIds = [101], InvestmentRecordIds = ["inv-1"], SourceIds = ["src-a", "src-b"],
            },
        ],
        Initiatives =
        [
            new Initiative { Id = "training-a", Title = "Training A", Domain = InitiativeDomain.HumanResources, Countries = [Per, Arg], IsRegionWide = false, Started = new PartialDate(2016), Summary = "Courses", SourceIds = ["src-b"] },
        ],
        TradeHighlights =
        [
            new TradeHighlight { Id = "fruit-a", Country = Per, Product = "Fresh fruit", HsCode = "080929", IsExportToChina = true, SourceIds = ["src-b"] },
        ],
        Claims =
        [
            new Claim { Id = "claim-trade", Country = Per, Topic = ClaimTopic.BilateralTrade, Statement = "Trade was about USD 37.69 bn", Quantity = new ClaimQuantity(37_690_000_000m, QuantityBound.About, MeasureUnit.Usd, new PartialDate(2023)), Period = new ClaimPeriod(new PartialDate(2023)), SourceIds = ["src-b"] },
            new Claim { Id = "claim-projects", Topic = ClaimTopic.InfrastructureProjects, Statement = "Over 200 projects", Quantity = new ClaimQuantity(200m, QuantityBound.Over, MeasureUnit.Parse("projects"), new PartialDate(2023, 9)), SourceIds = ["src-b"] },
        ],
    };

    /// <summary>The release as a checked dataset.</summary>
    public static BriDataset Dataset() => BriDataset.Create(Content());

    private static Country Country(CountryCode code, string alpha2, int numeric, string name, string official, string spanish, string chinese, string? intermediate, bool lac, string capital, string currency, string currencyName) => new()
    {
        Code = code,
        Alpha2 = alpha2,
        Numeric = numeric,
        Name = name,
        OfficialName = official,
        Names = new LocalizedNames { English = name, Spanish = spanish, Portuguese = name, Chinese = chinese },
        Aliases = [official + " (alias)"],
        FormerNames = [],
        Region = lac ? "Americas" : "Asia",
        Subregion = lac ? "Latin America and the Caribbean" : "Eastern Asia",
        IntermediateRegion = intermediate,
        IsLatinAmericaAndCaribbean = lac,
        Capital = capital,
        CurrencyCode = currency,
        CurrencyName = currencyName,
        SourceIds = ["src-a"],
    };
}
