namespace BriData.Loading;

/// <summary>The envelope of one data-set file: the format version and the records.</summary>
internal sealed class DataFile<T>
{
    public required int FormatVersion { get; init; }

    public required string Set { get; init; }

    public required IReadOnlyList<T> Records { get; init; }
}
