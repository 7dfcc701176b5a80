namespace BriData;

/// <summary>Version facts of BriData's data format.</summary>
public static class DataFormat
{
    /// <summary>
    /// The major version of the data format this library reads and writes. A release with a higher major version is
    /// refused with a message naming both versions; lower or equal versions load. Unknown properties are ignored,
    /// so minor additions never break older readers.
    /// </summary>
    public const int CurrentVersion = 1;
}
