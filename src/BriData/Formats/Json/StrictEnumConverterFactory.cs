using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriData.Formats.Json;

/// <summary>
/// Gives every enum of BriData's data format a <see cref="StrictEnumConverter{TEnum}"/>, without reflection (each
/// enum is named here, so trimming and native AOT keep working). Enums not listed fall through to the
/// serializer's string enum handling.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    /// <summary>The enums of the data format (each named once), with how to make the strict converter of each.</summary>
    private static readonly Dictionary<Type, Func<JsonConverter>> Converters = new()
    {
        [typeof(ClaimTopic)] = static () => new StrictEnumConverter<ClaimTopic>(),
        [typeof(FinanceStatus)] = static () => new StrictEnumConverter<FinanceStatus>(),
        [typeof(InitiativeDomain)] = static () => new StrictEnumConverter<InitiativeDomain>(),
        [typeof(InvestmentKind)] = static () => new StrictEnumConverter<InvestmentKind>(),
        [typeof(MilestoneKind)] = static () => new StrictEnumConverter<MilestoneKind>(),
        [typeof(MeasureRole)] = static () => new StrictEnumConverter<MeasureRole>(),
        [typeof(MoneyBasis)] = static () => new StrictEnumConverter<MoneyBasis>(),
        [typeof(PolicyEventKind)] = static () => new StrictEnumConverter<PolicyEventKind>(),
        [typeof(ProjectKind)] = static () => new StrictEnumConverter<ProjectKind>(),
        [typeof(ProjectStatus)] = static () => new StrictEnumConverter<ProjectStatus>(),
        [typeof(QuantityBound)] = static () => new StrictEnumConverter<QuantityBound>(),
        [typeof(SourceKind)] = static () => new StrictEnumConverter<SourceKind>(),
        [typeof(TradeFlow)] = static () => new StrictEnumConverter<TradeFlow>(),
        [typeof(DatePrecision)] = static () => new StrictEnumConverter<DatePrecision>(),
        [typeof(PolicyTrack)] = static () => new StrictEnumConverter<PolicyTrack>(),
    };

    public override bool CanConvert(Type typeToConvert) => Converters.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        Converters.TryGetValue(typeToConvert, out var create) ? create() : null;
}
