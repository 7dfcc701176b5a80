namespace BriData;

/// <summary>
/// Country codes in their own order (<see cref="CountryCode.CompareTo"/>): a plain class, so that sorting groups by
/// country runs BriData's precompiled code instead of JIT-compiling the framework's generic comparer over the struct
/// on a process's first country total (issue 15).
/// </summary>
internal sealed class CountryCodeOrder : IComparer<CountryCode>
{
    private CountryCodeOrder()
    {
    }

    /// <summary>The one instance.</summary>
    public static CountryCodeOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(CountryCode x, CountryCode y) => x.CompareTo(y);
}
