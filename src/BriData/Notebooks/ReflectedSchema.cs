using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace BriData.Notebooks;

/// <summary>
/// A table layout for any type without a BriData layout (an anonymous type from a LINQ projection, a metric row):
/// one column per public readable property, in declaration order, cells through <see cref="DisplayValue"/>.
/// </summary>
internal static class ReflectedSchema
{
    /// <summary>The layout of <paramref name="type"/>; a single "Value" column for types without properties (numbers, strings).</summary>
    public static RecordSchema For([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
    {
        var properties = IsScalar(type)
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
                .ToArray();
        if (properties.Length == 0)
        {
            return new RecordSchema(type, DisplayText.Words(type.Name), [new DisplayColumn("Value", null, DisplayValue.IsNumeric(type), (r, c) => DisplayValue.CellOf(r, c))]);
        }

        // A row that carries its own unit (a tidy row) rounds its numbers by that unit.
        var unitProperty = Array.Find(properties, p => string.Equals(p.Name, "Unit", StringComparison.Ordinal) && (p.PropertyType == typeof(string) || p.PropertyType == typeof(MeasureUnit)));
        var columns = properties.Select(p =>
        {
            var plainInteger = p.Name.EndsWith("Year", StringComparison.Ordinal) || string.Equals(p.Name, "Id", StringComparison.Ordinal);
            var unit = DisplayFormat.UnitOfMember(p.Name);
            return new DisplayColumn(p.Name, null, DisplayValue.IsNumeric(p.PropertyType), (r, c) =>
                DisplayValue.CellOf(p.GetValue(r), c, plainInteger, unit ?? UnitText(unitProperty?.GetValue(r))));
        }).ToArray();
        var title = type.Name.Contains("AnonymousType", StringComparison.Ordinal) ? "Rows" : DisplayText.Words(type.Name);
        return new RecordSchema(type, title, columns);
    }

    private static string? UnitText(object? unit) => unit switch
    {
        string text => text,
        MeasureUnit measureUnit => measureUnit.Symbol,
        _ => null,
    };

    private static bool IsScalar(Type type) =>
        (Nullable.GetUnderlyingType(type) is { } underlying && IsScalar(underlying))
        || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || DisplayValue.IsNumeric(type)
        || type == typeof(CountryCode) || type == typeof(Money) || type == typeof(PartialDate) || type == typeof(DateOnly)
        || type == typeof(DateTime) || type == typeof(MeasureUnit);
}
