using System.Reflection;
using BriData.Loading.Embedded;

namespace BriData.Tests.Conventions;

/// <summary>
/// The enum tables generated at build (<see cref="EnumTables"/>, read by the embedded readers and the display text
/// instead of enum reflection) against the enums themselves: every public enum of namespace BriData has a table, with
/// every member once, each name paired with its own value.
/// </summary>
public sealed class EnumTablesTests
{
    public static TheoryData<Type> PublicEnums => [.. typeof(BriDataset).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic && string.Equals(t.Namespace, "BriData", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Every_public_enum_has_a_table_of_exactly_its_members(Type type)
    {
        var (found, names, values) = Table(type);

        found.Should().BeTrue($"{type.Name} is a public enum of namespace BriData");
        names.Should().BeEquivalentTo(Enum.GetNames(type), $"the table of {type.Name} lists each member once");
        values.Length.Should().Be(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            values.GetValue(i).Should().Be(Enum.Parse(type, names[i]), $"{type.Name}.{names[i]} is paired with its own value");
        }
    }

    [Theory]
    [MemberData(nameof(PublicEnums))]
    public void Naming_a_member_without_reflection_gives_the_name_reflection_gives(Type type)
    {
        var members = typeof(EnumMembers<>).MakeGenericType(type);
        var nameOf = members.GetMethod(nameof(EnumMembers<TradeFlow>.NameOf))!;
        var isDefined = members.GetMethod(nameof(EnumMembers<TradeFlow>.IsDefined))!;
        foreach (var value in Enum.GetValues(type))
        {
            nameOf.Invoke(null, [value]).Should().Be(Enum.GetName(type, value));
            isDefined.Invoke(null, [value]).Should().Be(true);
        }

        var undefined = Enum.ToObject(type, 12345);
        isDefined.Invoke(null, [undefined]).Should().Be(Enum.IsDefined(type, undefined));
    }

    [Fact]
    public void An_enum_outside_namespace_BriData_has_no_table_and_falls_back_to_reflection()
    {
        Table(typeof(DayOfWeek)).Found.Should().BeFalse();
        EnumMembers<DayOfWeek>.NameOf(DayOfWeek.Friday).Should().Be("Friday");
        EnumMembers<DayOfWeek>.IsDefined((DayOfWeek)99).Should().BeFalse();
    }

    private static (bool Found, string[] Names, Array Values) Table(Type type)
    {
        var arguments = new object?[] { null, null };
        var found = (bool)typeof(EnumTables).GetMethod(nameof(EnumTables.TryGet))!.MakeGenericMethod(type).Invoke(null, arguments)!;
        return (found, (string[]?)arguments[0] ?? [], (Array?)arguments[1] ?? Array.Empty<int>());
    }
}
