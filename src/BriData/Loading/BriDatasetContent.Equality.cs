using System.Collections;
using BriData.Loading;

namespace BriData;

/// <summary>
/// Value equality of <see cref="BriDatasetContent"/>, lists included: two contents are equal when their version and
/// release day are equal and every set holds equal records in the same order, whatever list instances hold them
/// (the compiler's record equality would compare the lists by reference).
/// </summary>
public sealed partial record BriDatasetContent
{
    /// <summary>True when <paramref name="other"/> has the same version, release day and, set by set, equal records in the same order.</summary>
    public bool Equals(BriDatasetContent? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null
            && string.Equals(Version, other.Version, StringComparison.Ordinal)
            && Released == other.Released
            && DataSets.All.All(d => SameRecords(d.Records(this), d.Records(other)));
    }

    /// <summary>A hash of the version, the release day and the number of records of every set (equal contents hash alike).</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Version?.GetHashCode(StringComparison.Ordinal) ?? 0);
        hash.Add(Released);
        foreach (var set in DataSets.All)
        {
            hash.Add(set.Count(this));
        }

        return hash.ToHashCode();
    }

    private static bool SameRecords(object? a, object? b) =>
        ReferenceEquals(a, b)
        || (a is IEnumerable left && b is IEnumerable right && left.Cast<object?>().SequenceEqual(right.Cast<object?>()));
}
