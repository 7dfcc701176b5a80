namespace BriData;

/// <summary>Lookups derived from a dataset, built once on first use (records by country, projects by record).</summary>
internal sealed class DatasetIndexes
{
    public DatasetIndexes(BriDataset data)
    {
        EventsByCountry = data.Events.Where(e => e.Country is not null).ToLookup(e => e.Country!.Value);
        FinanceByCountry = data.Finance.ToLookup(f => f.Recipient);
        InvestmentsByCountry = data.Investments.ToLookup(r => r.Country);
        ProjectsByCountry = data.Projects.ToLookup(p => p.Country);
        ClaimsByCountry = data.Claims.Where(c => c.Country is not null).ToLookup(c => c.Country!.Value);
        InitiativesByCountry = data.Initiatives.SelectMany(i => i.Countries.Select(c => (c, i))).ToLookup(p => p.c, p => p.i);
        ProjectsByFinanceRecord = data.Projects.SelectMany(p => p.FinanceRecordIds.Select(id => (id, p))).ToLookup(x => x.id, x => x.p);
        ProjectsByInvestmentRecord = data.Projects.SelectMany(p => p.InvestmentRecordIds.Select(id => (id, p))).ToLookup(x => x.id, x => x.p, StringComparer.Ordinal);
    }

    public ILookup<CountryCode, PolicyEvent> EventsByCountry { get; }

    public ILookup<CountryCode, FinanceRecord> FinanceByCountry { get; }

    public ILookup<CountryCode, InvestmentRecord> InvestmentsByCountry { get; }

    public ILookup<CountryCode, FlagshipProject> ProjectsByCountry { get; }

    public ILookup<CountryCode, Claim> ClaimsByCountry { get; }

    public ILookup<CountryCode, Initiative> InitiativesByCountry { get; }

    public ILookup<int, FlagshipProject> ProjectsByFinanceRecord { get; }

    public ILookup<string, FlagshipProject> ProjectsByInvestmentRecord { get; }
}
