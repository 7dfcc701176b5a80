using System.Globalization;

namespace BriData.Notebooks;

/// <summary>
/// The table and card layouts of BriData's record types: readable names next to codes, units in the headers,
/// sources as links.
/// </summary>
internal static class RecordSchemas
{
    private const string Region = "LAC region";

    private static readonly Dictionary<Type, RecordSchema> ByType = Create().ToDictionary(s => s.RecordType);

    /// <summary>The layout of <paramref name="recordType"/>; false when BriData has none for it.</summary>
    public static bool TryGet(Type recordType, out RecordSchema schema) => ByType.TryGetValue(recordType, out schema!);

    /// <summary>A layout for records of different types shown together: what each is, and its sources.</summary>
    public static RecordSchema Mixed { get; } = new(
        typeof(object),
        "Records",
        new SchemaBuilder<object>()
            .Text("Type", r => r.GetType().Name)
            .Text("Record", r => r.ToString())
            .Custom("Sources", null, false, (r, c) => r is ISourced s ? SchemaBuilder<object>.SourceLinks(s.SourceIds, c) : Cell.Missing)
            .Build());

    private static IEnumerable<RecordSchema> Create()
    {
        yield return new RecordSchema(
            typeof(Country),
            "Countries",
            new SchemaBuilder<Country>()
                .Text("Code", c => c.Code.Alpha3)
                .Text("Name", c => c.Name)
                .Text("Spanish", c => c.Names.Spanish)
                .Text("Chinese", c => c.Names.Chinese)
                .Text("Region", c => c.IntermediateRegion ?? c.Subregion)
                .Text("Capital", c => c.Capital)
                .Text("Currency", c => c.CurrencyCode + " (" + c.CurrencyName + ")")
                .Sources(c => c.SourceIds)
                .Build(),
            new SchemaBuilder<Country>()
                .Text("Official name", c => c.OfficialName)
                .Text("Portuguese", c => c.Names.Portuguese)
                .Text("ISO alpha-2", c => c.Alpha2)
                .Text("ISO numeric", c => c.Numeric.ToString("D3", CultureInfo.InvariantCulture))
                .Text("UN M49 region", c => c.Region + " / " + c.Subregion)
                .List("Also known as", c => c.Aliases)
                .List("Former names", c => c.FormerNames)
                .Build());

        yield return new RecordSchema(
            typeof(PolicyEvent),
            "Policy events",
            new SchemaBuilder<PolicyEvent>()
                .Text("Date", e => e.Date?.ToString())
                .Country("Country", e => e.Country, Region)
                .Text("Track", e => DisplayText.Words(e.Track))
                .Text("Event", e => DisplayText.Words(e.Kind))
                .Text("Title", e => e.Title)
                .Sources(e => e.SourceIds)
                .Build(),
            new SchemaBuilder<PolicyEvent>()
                .Text("Id", e => e.Id)
                .Text("End date", e => e.EndDate?.ToString())
                .Text("Agreement", e => e.Agreement)
                .Text("Upgrade", e => e.Agreement is null ? null : DisplayText.YesNo(e.IsUpgrade))
                .Text("Location", e => e.Location)
                .Text("Note", e => e.Note)
                .Build(),
            e => [("Other dates given by other sources", ((PolicyEvent)e).AlternativeDates)]);

        yield return new RecordSchema(
            typeof(TradeRecord),
            "Trade (IMF DOTS)",
            new SchemaBuilder<TradeRecord>()
                .Year("Year", t => t.Year)
                .Country("Reporter", t => t.Reporter)
                .Country("Partner", t => t.Partner)
                .Text("Flow", t => t.Flow == TradeFlow.ExportsFob ? "Exports (FOB)" : "Imports (CIF)")
                .UsdMillions("Value", "USD m, nominal", t => t.ValueUsdMillions)
                .Text("IMF estimate", t => DisplayText.YesNo(t.IsEstimate))
                .Sources(t => t.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(CountryYearIndicators),
            "Indicators (World Bank)",
            new SchemaBuilder<CountryYearIndicators>()
                .Country("Country", i => i.Country)
                .Year("Year", i => i.Year)
                .Number("Population", "persons", i => i.Population)
                .Number("GDP", "USD bn, current", i => i.GdpCurrentUsd / 1_000_000_000m)
                .Sources(i => i.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(FinanceRecord),
            "Development finance (AidData GCDF 3.0)",
            new SchemaBuilder<FinanceRecord>()
                .Text("AidData id", f => f.Id.ToString(CultureInfo.InvariantCulture))
                .Country("Recipient", f => f.Recipient)
                .Year("Year", f => f.CommitmentYear)
                .Text("Title", f => f.Title)
                .Text("Lender", f => f.Lender)
                .Text("Sector", f => f.Sector)
                .Custom("Amount", "USD m, constant 2021", true, (f, _) => f.Amount is not Money m ? Cell.Missing
                    : Cell.Text(m.Basis == MoneyBasis.ConstantUsd2021 ? DisplayText.UsdMillions(m.AmountUsdMillions) : DisplayText.MoneyWithBasis(m)))
                .Text("Status", f => DisplayText.Words(f.Status))
                .Sources(f => f.SourceIds)
                .Build(),
            new SchemaBuilder<FinanceRecord>()
                .Text("Commitment date", f => f.CommitmentDate?.ToString())
                .Text("Implementation start", f => f.ImplementationStart?.ToString())
                .Text("Completion", f => f.Completion?.ToString())
                .Text("Infrastructure", f => DisplayText.YesNo(f.IsInfrastructure))
                .Text("Safe to sum (AidData)", f => DisplayText.YesNo(f.IsAggregationSafe))
                .List("Linked AidData records", f => f.LinkedRecordIds.Select(i => i.ToString(CultureInfo.InvariantCulture)))
                .Text("Flow type", f => f.FlowType)
                .Text("Flow class", f => f.FlowClass)
                .Text("Intent", f => f.Intent)
                .Text("Funding agency type", f => f.FundingAgencyType)
                .Text("Implementing agency type", f => f.ImplementingAgencyType)
                .Links("OpenStreetMap", f => f.OsmLinks)
                .Text("Location precision", f => f.LocationPrecision)
                .Build());

        yield return new RecordSchema(
            typeof(InvestmentRecord),
            "Investments and construction (AEI CGIT)",
            new SchemaBuilder<InvestmentRecord>()
                .Text("Id", r => r.Id)
                .Country("Country", r => r.Country)
                .Text("Date", r => r.Date.ToString())
                .Text("Investor", r => r.Investor)
                .Text("Sector", r => r.Subsector is null ? r.Sector : r.Sector + " / " + r.Subsector)
                .Text("Kind", r => DisplayText.Words(r.Kind))
                .UsdMillions("Amount", "USD m, nominal", r => r.Amount.AmountUsdMillions)
                .Number("Share", "%", r => r.SharePercent)
                .Text("BRI", r => DisplayText.YesNo(r.IsBri))
                .Text("Troubled", r => DisplayText.YesNo(r.IsTroubled))
                .Sources(r => r.SourceIds)
                .Build(),
            new SchemaBuilder<InvestmentRecord>()
                .Text("AEI release", r => r.Release)
                .Text("Transaction party", r => r.TransactionParty)
                .Text("Greenfield", r => DisplayText.YesNo(r.IsGreenfield))
                .Build());

        yield return new RecordSchema(
            typeof(FlagshipProject),
            "Flagship projects",
            new SchemaBuilder<FlagshipProject>()
                .Text("Id", p => p.Id)
                .Text("Name", p => p.Name)
                .Country("Country", p => p.Country)
                .Text("Kind", p => DisplayText.Words(p.Kind))
                .Text("Status", p => DisplayText.Words(p.Status))
                .Text("BRI", p => DisplayText.YesNo(p.IsBri))
                .Custom("Stated cost", "USD m", true, (p, _) => p.Cost is null ? Cell.Missing : Cell.Text(CostText(p.Cost)))
                .List("AidData records", p => p.FinanceRecordIds.Select(i => i.ToString(CultureInfo.InvariantCulture)))
                .List("AEI records", p => p.InvestmentRecordIds)
                .Sources(p => p.SourceIds)
                .Build(),
            new SchemaBuilder<FlagshipProject>()
                .Text("Local name", p => p.LocalName)
                .Text("Summary", p => p.Summary)
                .Text("Owner", p => p.Owner)
                .List("Builders", p => p.Builders)
                .List("Financiers", p => p.Financiers)
                .Text("Cost note", p => p.Cost?.Note)
                .Build(),
            p => [("Measures", ((FlagshipProject)p).Measures), ("Milestones", ((FlagshipProject)p).Milestones)]);

        yield return new RecordSchema(
            typeof(Initiative),
            "Initiatives",
            new SchemaBuilder<Initiative>()
                .Text("Id", i => i.Id)
                .Text("Title", i => i.Title)
                .Text("Domain", i => DisplayText.Words(i.Domain))
                .Countries("Countries", i => i.Countries, Region)
                .Text("Started", i => i.Started?.ToString())
                .Sources(i => i.SourceIds)
                .Build(),
            new SchemaBuilder<Initiative>()
                .Text("Summary", i => i.Summary)
                .Text("Region-wide", i => DisplayText.YesNo(i.IsRegionWide))
                .Build());

        yield return new RecordSchema(
            typeof(TradeHighlight),
            "Trade highlights",
            new SchemaBuilder<TradeHighlight>()
                .Text("Id", h => h.Id)
                .Country("Country", h => h.Country)
                .Text("Product", h => h.Product)
                .Text("HS code", h => h.HsCode)
                .Text("Direction", h => h.IsExportToChina ? "export to China" : "import from China")
                .Sources(h => h.SourceIds)
                .Build(),
            new SchemaBuilder<TradeHighlight>()
                .Text("Note", h => h.Note)
                .Build());

        yield return new RecordSchema(
            typeof(Claim),
            "Claims",
            new SchemaBuilder<Claim>()
                .Text("Id", c => c.Id)
                .Country("Country", c => c.Country, Region)
                .Text("Topic", c => DisplayText.Words(c.Topic))
                .Text("Statement", c => c.Statement)
                .Text("Figure", c => DisplayText.ClaimFigure(c.Quantity))
                .Text("As of", c => c.Quantity.AsOf?.ToString())
                .Text("Period", c => c.Period?.ToString())
                .Sources(c => c.SourceIds)
                .Build(),
            new SchemaBuilder<Claim>()
                .Text("Compiled by", c => c.Compiler)
                .Text("Note", c => c.Note)
                .Build());

        yield return new RecordSchema(
            typeof(PublishedFigure),
            "Published figures",
            new SchemaBuilder<PublishedFigure>()
                .Text("Id", f => f.Id)
                .Country("Country", f => f.Country, Region)
                .Text("Indicator", f => DisplayText.Words(f.Indicator))
                .Text("Period", f => f.Period)
                .Number("Value", null, f => f.Value)
                .Text("Unit", f => f.Unit)
                .Text("Basis", f => DisplayText.Words(f.Basis))
                .Sources(f => f.SourceIds)
                .Build(),
            new SchemaBuilder<PublishedFigure>()
                .Text("Publisher", f => f.Publisher)
                .Text("Bound", f => DisplayText.Words(f.Bound))
                .Text("Note", f => f.Note)
                .Build());

        yield return new RecordSchema(
            typeof(AidDataCountryYear),
            "AidData country-year totals",
            new SchemaBuilder<AidDataCountryYear>()
                .Country("Country", r => r.Country)
                .Year("Year", r => r.Year)
                .UsdMillions("Total", "USD m, constant 2021", r => r.TotalUsd / 1_000_000m)
                .UsdMillions("ODA-like", "USD m, constant 2021", r => r.OdaLikeUsd / 1_000_000m)
                .UsdMillions("OOF-like", "USD m, constant 2021", r => r.OofLikeUsd / 1_000_000m)
                .UsdMillions("Vague", "USD m, constant 2021", r => r.VagueOfficialFinanceUsd / 1_000_000m)
                .Sources(r => r.SourceIds)
                .Build(),
            new SchemaBuilder<AidDataCountryYear>()
                .UsdMillions("Total, adjusted", "USD m, constant 2021", r => r.TotalAdjustedUsd / 1_000_000m)
                .Build());

        yield return new RecordSchema(
            typeof(Source),
            "Sources",
            new SchemaBuilder<Source>()
                .Text("Id", s => s.Id)
                .Text("Kind", s => DisplayText.Words(s.Kind))
                .Text("Publisher", s => s.Publisher)
                .Custom("Title", null, false, (s, _) => Cell.Of([new CellPart(s.Title, s.Address)]))
                .Text("Licence", s => s.Licence)
                .Text("Version", s => s.Version)
                .Text("Published", s => s.Published?.ToString())
                .Text("Retrieved", s => s.RetrievedOn.ToString())
                .Build(),
            new SchemaBuilder<Source>()
                .Links("Address", s => [s.Address])
                .Text("Note", s => s.Note)
                .Text("Citation", s => s.Citation)
                .Build());

        yield return new RecordSchema(
            typeof(ProjectMilestone),
            "Milestones",
            new SchemaBuilder<ProjectMilestone>()
                .Text("Date", m => m.Date.ToString())
                .Text("Milestone", m => DisplayText.Words(m.Kind))
                .Text("Note", m => m.Note)
                .Sources(m => m.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(ProjectMeasure),
            "Measures",
            new SchemaBuilder<ProjectMeasure>()
                .Text("Measure", m => m.Label)
                .Custom("Value", null, true, (m, _) => Cell.Text(DisplayText.Quantity(m.Bound, m.Value, m.Unit)))
                .Text("Note", m => m.Note)
                .Sources(m => m.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(ProjectCost),
            "Costs",
            new SchemaBuilder<ProjectCost>()
                .Custom("Cost", "USD m", true, (c, _) => Cell.Text(CostText(c)))
                .Text("Note", c => c.Note)
                .Sources(c => c.SourceIds)
                .Build());

        yield return new RecordSchema(
            typeof(AlternativeDate),
            "Alternative dates",
            new SchemaBuilder<AlternativeDate>()
                .Text("Date", d => d.Date.ToString())
                .Text("Note", d => d.Note)
                .Sources(d => d.SourceIds)
                .Build());
    }

    private static string CostText(ProjectCost cost) => DisplayFormat.BoundPrefix(cost.Bound) + DisplayText.MoneyWithBasis(cost.Amount);
}
