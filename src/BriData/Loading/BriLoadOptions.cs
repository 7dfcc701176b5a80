namespace BriData;

/// <summary>
/// Limits applied when loading a data release with <see cref="BriDataset.Load(string, BriLoadOptions?)"/> (and when
/// reading CSV or JSON Lines back). Each limit, when exceeded, is reported as a <see cref="DataProblem"/> naming the
/// limit, so that oversized or malicious input fails fast with a clear message instead of exhausting memory.
/// </summary>
/// <remarks>The defaults are about 30 times what the embedded release needs (its largest file is about 2 MB, its
/// deepest nesting 5 levels, its longest string under 1,000 chars, its largest set under 10,000 records).</remarks>
public sealed partial class BriLoadOptions
{
    /// <summary>The defaults: 64 MiB per file, depth 32, 100,000-char strings, 2,000,000 records per set.</summary>
    public static BriLoadOptions Default { get; } = new();

    /// <summary>Largest accepted file, in bytes (default 64 MiB = 67,108,864). Must be positive.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Deepest accepted JSON nesting, in levels of objects and arrays (default 32; the root object is level 1). Must be positive.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Longest accepted string value or CSV field (default 100,000; UTF-8 bytes in JSON, chars in CSV and JSON Lines). Must be positive.</summary>
    public int MaxStringLength { get; init; } = 100_000;

    /// <summary>Most records accepted in one set (default 2,000,000). Must be positive.</summary>
    public int MaxRecordsPerSet { get; init; } = 2_000_000;

    /// <summary>Throws when a limit is zero or negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    internal void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFileBytes, nameof(MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringLength, nameof(MaxStringLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRecordsPerSet, nameof(MaxRecordsPerSet));
    }
}
