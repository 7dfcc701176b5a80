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
    /// <summary>The enums of the data format, each read and written strictly.</summary>
    internal static readonly Type[] KnownEnums =
    [
        typeof(ClaimTopic), typeof(FinanceStatus), typeof(InitiativeDomain), typeof(InvestmentKind), typeof(MilestoneKind),
        typeof(MoneyBasis), typeof(PolicyEventKind), typeof(ProjectKind), typeof(ProjectStatus), typeof(QuantityBound),
        typeof(SourceKind), typeof(TradeFlow), typeof(DatePrecision), typeof(PolicyTrack),
    ];

    public override bool CanConvert(Type typeToConvert) => Array.IndexOf(KnownEnums, typeToConvert) >= 0;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => typeToConvert switch
    {
        _ when typeToConvert == typeof(ClaimTopic) => new StrictEnumConverter<ClaimTopic>(),
        _ when typeToConvert == typeof(FinanceStatus) => new StrictEnumConverter<FinanceStatus>(),
        _ when typeToConvert == typeof(InitiativeDomain) => new StrictEnumConverter<InitiativeDomain>(),
        _ when typeToConvert == typeof(InvestmentKind) => new StrictEnumConverter<InvestmentKind>(),
        _ when typeToConvert == typeof(MilestoneKind) => new StrictEnumConverter<MilestoneKind>(),
        _ when typeToConvert == typeof(MoneyBasis) => new StrictEnumConverter<MoneyBasis>(),
        _ when typeToConvert == typeof(PolicyEventKind) => new StrictEnumConverter<PolicyEventKind>(),
        _ when typeToConvert == typeof(ProjectKind) => new StrictEnumConverter<ProjectKind>(),
        _ when typeToConvert == typeof(ProjectStatus) => new StrictEnumConverter<ProjectStatus>(),
        _ when typeToConvert == typeof(QuantityBound) => new StrictEnumConverter<QuantityBound>(),
        _ when typeToConvert == typeof(SourceKind) => new StrictEnumConverter<SourceKind>(),
        _ when typeToConvert == typeof(TradeFlow) => new StrictEnumConverter<TradeFlow>(),
        _ when typeToConvert == typeof(DatePrecision) => new StrictEnumConverter<DatePrecision>(),
        _ when typeToConvert == typeof(PolicyTrack) => new StrictEnumConverter<PolicyTrack>(),
        _ => null,
    };
}
