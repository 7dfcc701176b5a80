using System.Reflection;

namespace BriData.Tests.Conventions;

/// <summary>
/// Issue 12, "one unit convention": every amount of money in the public API is a <see cref="Money"/> (amount in USD,
/// basis, price year), so no reader has to guess whether a decimal is dollars or millions, nominal or constant 2021.
/// No public property, field or method of the BriData assembly may return a bare <c>decimal</c> (or
/// <c>decimal?</c>) whose name says it is US dollars ("…Usd…", such as <c>TotalUsd</c> or <c>ValueUsdMillions</c>),
/// except the members listed in <see cref="Allowed"/>, each with the reason it is not an amount.
/// </summary>
public sealed class MoneyIsTypedTests
{
    /// <summary>The public decimals named in USD that are not amounts of money, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["BriData.Money.AmountUsd"] = "Money's own view of its amount in dollars: the Money carries the basis",
        ["BriData.Money.AmountUsdMillions"] = "Money's own view of its amount in millions: the Money carries the basis",
        ["BriData.ScaleMetrics.PerCapitaUsd"] = "a ratio (USD of the amount's basis per person), not an amount",
        ["BriData.ScaleMetrics.TradePerCapitaUsd"] = "a ratio (nominal USD per person), not an amount",
    };

    private const BindingFlags PublicDeclared =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void No_public_member_is_a_bare_decimal_of_dollars()
    {
        var bare = BareDollarDecimals(typeof(BriDataset).Assembly.GetExportedTypes())
            .Where(name => !Allowed.ContainsKey(name))
            .ToList();

        bare.Should().BeEmpty("an amount of money is a Money (issue 12); a ratio named in USD belongs in the documented list of exceptions");
    }

    [Fact]
    public void Every_exception_still_exists_and_is_a_bare_decimal()
    {
        var found = BareDollarDecimals(typeof(BriDataset).Assembly.GetExportedTypes()).ToHashSet(StringComparer.Ordinal);

        Allowed.Keys.Where(name => !found.Contains(name)).Should().BeEmpty("an exception for a member that is gone (or now typed) must leave the list");
    }

    [Fact]
    public void The_check_finds_a_bare_decimal_named_in_dollars()
    {
        BareDollarDecimals([typeof(Untyped)]).Should().BeEquivalentTo(
            $"{typeof(Untyped).FullName}.TotalUsd",
            $"{typeof(Untyped).FullName}.ValueUsdMillions",
            $"{typeof(Untyped).FullName}.SumUsd",
            $"{typeof(Untyped).FullName}.FieldUsd");
    }

    private static IEnumerable<string> BareDollarDecimals(IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(PublicDeclared))
            {
                if (property.GetMethod is { IsPublic: true } && IsDecimal(property.PropertyType) && NamesDollars(property.Name))
                {
                    yield return $"{type.FullName}.{property.Name}";
                }
            }

            foreach (var field in type.GetFields(PublicDeclared))
            {
                if (IsDecimal(field.FieldType) && NamesDollars(field.Name))
                {
                    yield return $"{type.FullName}.{field.Name}";
                }
            }

            foreach (var method in type.GetMethods(PublicDeclared).Where(m => !m.IsSpecialName).DistinctBy(m => m.Name))
            {
                if (IsDecimal(method.ReturnType) && NamesDollars(method.Name))
                {
                    yield return $"{type.FullName}.{method.Name}";
                }
            }
        }
    }

    private static bool IsDecimal(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(decimal);

    private static bool NamesDollars(string name) => name.Contains("Usd", StringComparison.Ordinal);

    /// <summary>A type with the faults the check must find (and members it must not flag).</summary>
#pragma warning disable CA1822, CA1051, IDE0051
    public sealed class Untyped
    {
        public decimal FieldUsd;

        public decimal TotalUsd { get; init; }

        public decimal? ValueUsdMillions { get; init; }

        public Money Value { get; init; }

        public decimal SharePercent { get; init; }

        public Money? TotalNominalUsd() => null;

        public decimal? SumUsd() => null;

        internal decimal InternalUsd { get; init; }
    }
#pragma warning restore CA1822, CA1051, IDE0051
}
