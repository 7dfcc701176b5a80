namespace BriData;

// The filters that belong to the projects set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
    /// <summary>Projects of any of the given kinds.</summary>
    /// <exception cref="ArgumentException">No kind is given.</exception>
    public static IEnumerable<FlagshipProject> OfKind(this IEnumerable<FlagshipProject> projects, params ProjectKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Give at least one project kind.", nameof(kinds));
        }

        var set = kinds.ToHashSet();
        return FilterArguments.NoNulls(projects, nameof(projects)).Where(p => set.Contains(p.Kind));
    }

    /// <summary>Projects whose latest status is <paramref name="status"/>.</summary>
    public static IEnumerable<FlagshipProject> WithStatus(this IEnumerable<FlagshipProject> projects, ProjectStatus status) =>
        FilterArguments.NoNulls(projects, nameof(projects)).Where(p => p.Status == status);

    /// <summary>Projects with <paramref name="financier"/> among their financiers, ignoring case, accents, spaces and punctuation.</summary>
    public static IEnumerable<FlagshipProject> FinancedBy(this IEnumerable<FlagshipProject> projects, string financier)
    {
        FilterArguments.Text(financier, nameof(financier));
        return FilterArguments.NoNulls(projects, nameof(projects)).Where(p => p.Financiers.Any(f => FilterArguments.SameName(f, financier)));
    }

    /// <summary>Projects with <paramref name="builder"/> among their builders, ignoring case, accents, spaces and punctuation.</summary>
    public static IEnumerable<FlagshipProject> BuiltBy(this IEnumerable<FlagshipProject> projects, string builder)
    {
        FilterArguments.Text(builder, nameof(builder));
        return FilterArguments.NoNulls(projects, nameof(projects)).Where(p => p.Builders.Any(b => FilterArguments.SameName(b, builder)));
    }
}
