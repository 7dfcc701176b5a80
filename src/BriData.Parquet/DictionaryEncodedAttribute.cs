namespace BriData.Parquet;

/// <summary>Marks a text column (or a list of texts) with few distinct values, written with Parquet dictionary encoding.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DictionaryEncodedAttribute : Attribute;
