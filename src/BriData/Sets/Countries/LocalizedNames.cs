using System.Text.Json.Serialization;

namespace BriData;

/// <summary>A country's short name in the four languages BriData carries.</summary>
public sealed record LocalizedNames
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    [JsonConstructor]
    internal LocalizedNames()
    {
    }

    /// <summary>English short name (for example "Peru").</summary>
    [JsonRequired, JsonInclude]
    public string English { get; internal init; } = null!;

    /// <summary>Spanish short name (for example "Perú").</summary>
    [JsonRequired, JsonInclude]
    public string Spanish { get; internal init; } = null!;

    /// <summary>Portuguese short name (for example "Peru").</summary>
    [JsonRequired, JsonInclude]
    public string Portuguese { get; internal init; } = null!;

    /// <summary>Simplified Chinese short name (for example "秘鲁").</summary>
    [JsonRequired, JsonInclude]
    public string Chinese { get; internal init; } = null!;

    /// <summary>For example <c>Peru / Perú (es) / Peru (pt) / 秘鲁 (zh)</c>.</summary>
    public override string ToString() => English + " / " + Spanish + " (es) / " + Portuguese + " (pt) / " + Chinese + " (zh)";
}
