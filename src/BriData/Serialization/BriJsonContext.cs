using System.Text.Json.Serialization;
using BriData.Loading;

namespace BriData.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every type in BriData's data format, so that loading works in
/// trimmed and native AOT applications without reflection. Unknown properties are skipped (forward compatibility).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = [typeof(CountryCodeJsonConverter), typeof(PartialDateJsonConverter)])]
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
internal sealed partial class BriJsonContext : JsonSerializerContext
{
}
