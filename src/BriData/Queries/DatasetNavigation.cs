namespace BriData;

/// <summary>
/// Navigation between the sets of a dataset: from a country to everything about it, from a flagship project to
/// the finance and investment records behind it and back, and from any record to its sources. Lookups use
/// indexes built once per dataset.
/// </summary>
public static class DatasetNavigation
{
    /// <summary>Everything the dataset holds about a country.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static CountryProfile Profile(this BriDataset data, CountryCode country)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new CountryProfile(data, data.Countries.Get(country));
    }

    /// <summary>Everything the dataset holds about the country a person names (code or any known name; see <see cref="CountryCollection.Resolve"/>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CountryResolutionException">The name is unknown or ambiguous; the exception lists the candidates.</exception>
    public static CountryProfile Profile(this BriDataset data, string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new CountryProfile(data, data.Countries.Resolve(nameOrCode));
    }

    /// <summary>The development-finance records that fund <paramref name="project"/>, in the order the project lists them; ids missing from the dataset are skipped.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<FinanceRecord> FinanceRecordsOf(this BriDataset data, FlagshipProject project)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(project);
        return project.FinanceRecordIds.Distinct()
            .Select(id => data.Finance.TryGet(id, out var r) ? r : null)
            .OfType<FinanceRecord>()
            .ToArray();
    }

    /// <summary>The investment and construction records of <paramref name="project"/>, in the order the project lists them; ids missing from the dataset are skipped.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<InvestmentRecord> InvestmentRecordsOf(this BriDataset data, FlagshipProject project)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(project);
        return project.InvestmentRecordIds.Distinct(StringComparer.Ordinal)
            .Select(id => data.Investments.TryGet(id, out var r) ? r : null)
            .OfType<InvestmentRecord>()
            .ToArray();
    }

    /// <summary>The flagship projects a development-finance record funds; empty when none links it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<FlagshipProject> ProjectsOf(this BriDataset data, FinanceRecord record)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(record);
        return data.Indexes.ProjectsByFinanceRecord[record.Id].ToArray();
    }

    /// <summary>The flagship projects an investment or construction record belongs to; empty when none links it.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<FlagshipProject> ProjectsOf(this BriDataset data, InvestmentRecord record)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(record);
        return data.Indexes.ProjectsByInvestmentRecord[record.Id].ToArray();
    }

    /// <summary>The sources a record cites, in the order it cites them; ids missing from the dataset are skipped.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Source> SourcesOf(this BriDataset data, ISourced record)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(record);
        return record.SourceIds
            .Select(id => data.Sources.TryGet(id, out var s) ? s : null)
            .OfType<Source>()
            .ToArray();
    }
}
