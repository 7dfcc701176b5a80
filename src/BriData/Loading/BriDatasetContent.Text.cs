using BriData.Loading;

namespace BriData;

/// <summary>The readable text of <see cref="BriDatasetContent"/> (kept apart from its data members).</summary>
public sealed partial record BriDatasetContent
{
    /// <summary>
    /// For example <c>BriData content 2026.1 (released 2026-01-15): sources 437, countries 34, events 147, …</c>: every
    /// set of the release by its file name, with its record count, in file order.
    /// </summary>
    public override string ToString() =>
        FormattableString.Invariant($"BriData content {Version} (released {Released}): ")
        + string.Join(", ", DataSets.All.Select(d => FormattableString.Invariant($"{d.Name} {d.Count(this)}")));
}
