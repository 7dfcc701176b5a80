namespace BriData;

/// <summary>
/// The records of a data release, set by set, for building a dataset in code with
/// <see cref="BriDataset.Create(BriDatasetContent)"/> or reading one back with <see cref="BriDataset.ToContent"/>.
/// A plain immutable value: <see cref="BriDataset.Create(BriDatasetContent)"/> copies every list it is given, so
/// changing a list afterwards never changes the dataset.
/// </summary>
/// <remarks>
/// Lists are in file order. Every set defaults to empty; a valid release needs at least one source and one country.
/// </remarks>
public sealed partial record BriDatasetContent
{
    /// <summary>The data release version (for example <c>2026.11.0</c>); must not be empty.</summary>
    public required string Version { get; init; }

    /// <summary>The day the release was built; must have day precision.</summary>
    public required PartialDate Released { get; init; }

    /// <summary>The sources every record cites.</summary>
    public IReadOnlyList<Source> Sources { get; init; } = [];

    /// <summary>The countries, in file order.</summary>
    public IReadOnlyList<Country> Countries { get; init; } = [];

    /// <summary>Diplomatic and policy events.</summary>
    public IReadOnlyList<PolicyEvent> Events { get; init; } = [];

    /// <summary>Annual goods trade records (millions of nominal USD).</summary>
    public IReadOnlyList<TradeRecord> Trade { get; init; } = [];

    /// <summary>Population and GDP per country and year.</summary>
    public IReadOnlyList<CountryYearIndicators> Indicators { get; init; } = [];

    /// <summary>Development-finance commitments (constant 2021 USD).</summary>
    public IReadOnlyList<FinanceRecord> Finance { get; init; } = [];

    /// <summary>Investments and construction contracts (nominal USD of their year).</summary>
    public IReadOnlyList<InvestmentRecord> Investments { get; init; } = [];

    /// <summary>Flagship projects.</summary>
    public IReadOnlyList<FlagshipProject> Projects { get; init; } = [];

    /// <summary>Non-infrastructure initiatives.</summary>
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];

    /// <summary>Named products in trade.</summary>
    public IReadOnlyList<TradeHighlight> TradeHighlights { get; init; } = [];

    /// <summary>Published aggregate claims.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Statistics published by official bodies and research databases, as printed on cited pages.</summary>
    public IReadOnlyList<PublishedFigure> PublishedFigures { get; init; } = [];

    /// <summary>AidData's complete GCDF 3.0 commitments by recipient, year and flow class (constant 2021 USD).</summary>
    public IReadOnlyList<AidDataCountryYear> AidDataCountryYears { get; init; } = [];
}
