namespace BriData;

/// <summary>
/// Limits applied when loading a data release with <see cref="BriDataset.Load(string, BriLoadOptions?)"/>.
/// Each limit, when exceeded, is reported as a <see cref="DataProblem"/> naming the limit.
/// </summary>
public sealed record BriLoadOptions
{
    /// <summary>The defaults: 64 MiB per file, depth 32, 100,000-char strings, 2,000,000 records per set.</summary>
    public static BriLoadOptions Default { get; } = new();

    /// <summary>Largest accepted file, in bytes (default 64 MiB).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest accepted JSON nesting (default 32).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Longest accepted string value, in chars (default 100,000).</summary>
    public int MaxStringLength { get; init; } = 100_000;

    /// <summary>Most records accepted in one set (default 2,000,000).</summary>
    public int MaxRecordsPerSet { get; init; } = 2_000_000;
}
