namespace BriData;

/// <summary>A country's short name in the four languages BriData carries.</summary>
public sealed record LocalizedNames
{
    /// <summary>English short name (for example "Peru").</summary>
    public required string English { get; init; }

    /// <summary>Spanish short name (for example "Perú").</summary>
    public required string Spanish { get; init; }

    /// <summary>Portuguese short name (for example "Peru").</summary>
    public required string Portuguese { get; init; }

    /// <summary>Simplified Chinese short name (for example "秘鲁").</summary>
    public required string Chinese { get; init; }
}
