using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriData.Loading;

namespace BriData.Formats.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for every type in BriData's data format, so that loading works in
/// trimmed and native AOT applications without reflection, and no type is ever chosen by the input (there is no
/// polymorphic or <c>$type</c> handling). Unknown properties are skipped (forward compatibility); duplicate
/// properties, JSON null in a non-nullable member, numbers in strings, comments and trailing commas are refused;
/// enums are read by their exact member names only.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = [typeof(StrictEnumConverterFactory), typeof(MoneyJsonConverter), typeof(CountryCodeJsonConverter), typeof(PartialDateJsonConverter), typeof(MeasureUnitJsonConverter), typeof(DecimalJsonConverter)])]
[JsonSerializable(typeof(DataManifest))]
[JsonSerializable(typeof(DataFile<Country>))]
[JsonSerializable(typeof(DataFile<PolicyEvent>))]
[JsonSerializable(typeof(DataFile<TradeRecord>))]
[JsonSerializable(typeof(DataFile<CountryYearIndicators>))]
[JsonSerializable(typeof(DataFile<FinanceRecord>))]
[JsonSerializable(typeof(DataFile<InvestmentRecord>))]
[JsonSerializable(typeof(DataFile<FlagshipProject>))]
[JsonSerializable(typeof(DataFile<Initiative>))]
[JsonSerializable(typeof(DataFile<TradeHighlight>))]
[JsonSerializable(typeof(DataFile<Claim>))]
[JsonSerializable(typeof(DataFile<Source>))]
[JsonSerializable(typeof(DataFile<PublishedFigure>))]
[JsonSerializable(typeof(DataFile<AidDataCountryYear>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<int>))]
[JsonSerializable(typeof(IReadOnlyList<CountryCode>))]
[JsonSerializable(typeof(IReadOnlyList<AlternativeDate>))]
[JsonSerializable(typeof(IReadOnlyList<ProjectMilestone>))]
[JsonSerializable(typeof(IReadOnlyList<ProjectMeasure>))]
internal sealed partial class BriJsonContext : JsonSerializerContext
{
    /// <summary>The metadata of <typeparamref name="TValue"/> in this context (every record type and its set file are registered above).</summary>
    /// <exception cref="InvalidOperationException">The type is not registered with <c>[JsonSerializable]</c>.</exception>
    public JsonTypeInfo<TValue> Of<TValue>() =>
        GetTypeInfo(typeof(TValue)) as JsonTypeInfo<TValue>
        ?? throw new InvalidOperationException($"BriJsonContext has no metadata for {typeof(TValue).Name}: register it with [JsonSerializable].");
}
