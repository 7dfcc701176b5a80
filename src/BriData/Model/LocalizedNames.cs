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

    /// <summary>For example <c>Peru / Perú (es) / Peru (pt) / 秘鲁 (zh)</c>.</summary>
    public override string ToString() => English + " / " + Spanish + " (es) / " + Portuguese + " (pt) / " + Chinese + " (zh)";
}
