using BriData.Tests.Fixtures;
using System.Collections;
using System.Reflection;

namespace BriData.Tests.Reliability;

/// <summary>
/// Every public filter and money metric that takes a sequence of records refuses a null element with an
/// <see cref="ArgumentException"/> naming the parameter and the index, never a <see cref="NullReferenceException"/>
/// (issue 14, fault 11). The methods are found by reflection, so a new filter or metric is covered when added.
/// </summary>
public sealed class NullElementTests
{
    public static TheoryData<string> Methods() => [.. SequenceMethods().Select(Name)];

    [Fact]
    public void The_methods_are_found()
    {
        SequenceMethods().Count.Should().BeGreaterThan(60, "every filter (the generic ones once per record type they take) and the finance and investment metrics");
        SequenceMethods().Select(Name).Should().Contain(["RecordFilters.InCountry(IEnumerable`1<FinanceRecord>, CountryCode)", "RecordFilters.InYears(IEnumerable`1<PolicyEvent>, Int32, Int32)"]);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_null_element_is_refused_with_an_argument_exception_naming_its_index(string name)
    {
        var method = SequenceMethods().Single(m => Name(m) == name);
        var elementType = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        var sequence = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        sequence.Add(null);
        var arguments = method.GetParameters().Select((p, i) => i == 0 ? sequence : ArgumentFor(p)).ToArray();

        var act = () =>
        {
            object? result;
            try
            {
                result = method.Invoke(null, arguments);
            }
            catch (TargetInvocationException e)
            {
                throw e.InnerException!;
            }

            if (result is IEnumerable enumerable and not string)
            {
                foreach (var _ in enumerable)
                {
                }
            }
        };

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("null element at index 0", name);
    }

    private static List<MethodInfo> SequenceMethods() =>
        typeof(BriDataset).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && (t.Name.EndsWith("Filters", StringComparison.Ordinal) || t.Name is "FinanceMetrics" or "InvestmentMetrics"))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .SelectMany(Closed)
            .Where(m => !m.IsGenericMethodDefinition && m.GetParameters() is [var first, ..]
                && first.ParameterType.IsGenericType && first.ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && first.ParameterType.GetGenericArguments()[0] is { IsClass: true } element && element != typeof(string))
            .ToList();

    /// <summary>
    /// A generic filter written once for an interface (<see cref="IHasCountry"/>, <see cref="IHasYear"/>) closed over
    /// every exported record type that meets its constraints; other methods as they are.
    /// </summary>
    private static IEnumerable<MethodInfo> Closed(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return [method];
        }

        if (method.GetGenericArguments() is not [var parameter])
        {
            return [];
        }

        var constraints = parameter.GetGenericParameterConstraints();
        return typeof(BriDataset).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && constraints.Length > 0 && constraints.All(c => c.IsAssignableFrom(t)))
            .Select(t => method.MakeGenericMethod(t));
    }

    private static string Name(MethodInfo m) =>
        m.DeclaringType!.Name + "." + m.Name + "(" + string.Join(", ", m.GetParameters().Select(p => p.ParameterType.IsGenericType ? p.ParameterType.Name + "<" + p.ParameterType.GetGenericArguments()[0].Name + ">" : p.ParameterType.Name)) + ")";

    private static object? ArgumentFor(ParameterInfo p)
    {
        var t = p.ParameterType;
        if (p.HasDefaultValue)
        {
            return p.DefaultValue;
        }

        return t switch
        {
            _ when t == typeof(CountryCode) => CountryCode.Parse("PER"),
            _ when t == typeof(CountryCollection) => FixtureData.Dataset.Countries,
            _ when t == typeof(string) && p.Name == "region" => "South America",
            _ when t == typeof(string) => "ENERGY",
            _ when t == typeof(int) => 2015,
            _ when t == typeof(decimal) => 1m,
            _ when t == typeof(DateOnly) => new DateOnly(2020, 1, 1),
            _ when t == typeof(PartialDate) => new PartialDate(2020),
            _ when t == typeof(IEnumerable<CountryCode>) => new[] { CountryCode.Parse("PER") },
            _ when t == typeof(IEnumerable<Country>) => FixtureData.Dataset.Countries.Take(1).ToArray(),
            _ when t.IsEnum => Enum.GetValues(t).GetValue(Enum.GetValues(t).Length - 1),
            _ when t.IsArray && t.GetElementType()!.IsEnum => Enum.GetValues(t.GetElementType()!),
            _ when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Func<,>) => null,
            _ => throw new InvalidOperationException($"No test argument for {t.Name} {p.Name}"),
        };
    }
}
