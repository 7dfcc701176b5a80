using System.Text.Json.Serialization;

namespace BriData.Parquet;

/// <summary>Source-generated JSON for the units metadata.</summary>
[JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class UnitsJsonContext : JsonSerializerContext;
