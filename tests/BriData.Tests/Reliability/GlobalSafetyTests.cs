using System.Collections;
using System.Globalization;
using System.Reflection;
using BriData.Formats.Json;

namespace BriData.Tests.Reliability;

/// <summary>
/// No static mutable state reachable by users, no network access, no type chosen by the input, every data-format
/// enum read strictly, and a culture run that really runs in the culture it asks for.
/// </summary>
public sealed class GlobalSafetyTests
{
    private static readonly Type[] PublicTypes = typeof(BriDataset).Assembly.GetExportedTypes();

    [Fact]
    public void Public_types_hold_no_writable_static_field()
    {
        var writable = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => f.DeclaringType!.FullName + "." + f.Name)
            .ToList();

        writable.Should().BeEmpty("static state would be shared by every user of the library");
    }

    [Fact]
    public void Public_static_members_expose_no_mutable_object()
    {
        var mutable = new List<string>();
        foreach (var type in PublicTypes.Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    mutable.Add($"{type.FullName}.{property.Name} has a public setter");
                }

                var value = property.GetValue(null);
                if (value is Array or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false })
                {
                    mutable.Add($"{type.FullName}.{property.Name} is a writable collection");
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly).Where(f => !f.IsLiteral))
            {
                if (field.GetValue(null) is Array or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false })
                {
                    mutable.Add($"{type.FullName}.{field.Name} is a writable collection");
                }
            }
        }

        mutable.Should().BeEmpty();
        typeof(BriLoadOptions).GetProperties().Should().OnlyContain(p => p.SetMethod == null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)));
    }

    [Fact]
    public void The_library_references_no_networking_assembly()
    {
        var references = typeof(BriDataset).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().Contain("System.Text.Json");
        references.Should().NotContain(n => n.StartsWith("System.Net", StringComparison.Ordinal));
    }

    [Fact]
    public void No_model_type_lets_the_input_choose_a_type()
    {
        var polymorphic = typeof(BriDataset).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(System.Text.Json.Serialization.JsonPolymorphicAttribute)) || t.IsDefined(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute)))
            .ToList();

        polymorphic.Should().BeEmpty();
        BriJsonContext.Default.Options.TypeInfoResolver.Should().BeSameAs(BriJsonContext.Default, "metadata comes from the source generator, not from reflection");
    }

    [Fact]
    public void Every_enum_of_the_data_format_is_read_strictly()
    {
        var modelEnums = EnumsReachableFrom(typeof(Source), typeof(Country), typeof(PolicyEvent), typeof(TradeRecord), typeof(CountryYearIndicators), typeof(FinanceRecord),
            typeof(InvestmentRecord), typeof(FlagshipProject), typeof(Initiative), typeof(TradeHighlight), typeof(Claim));
        var notStrict = modelEnums.Where(e => !new StrictEnumConverterFactory().CanConvert(e)).Select(e => e.Name).ToList();

        modelEnums.Should().Contain([typeof(TradeFlow), typeof(MoneyBasis), typeof(MilestoneKind), typeof(QuantityBound)]);
        notStrict.Should().BeEmpty("an enum without a strict converter would accept numbers and comma lists from the input");
    }

    [Fact]
    public void The_culture_run_really_runs_in_the_culture_it_asks_for()
    {
        CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper('i').Should().Be('İ', "ICU must be loaded, or culture runs prove nothing");
        CultureInfo.GetCultureInfo("de-DE").NumberFormat.NumberDecimalSeparator.Should().Be(",");
        var requested = Environment.GetEnvironmentVariable("BRIDATA_TEST_CULTURE");
        if (requested is not null)
        {
            CultureInfo.CurrentCulture.Name.Should().Be(requested, "set by .ci/cultures.sh through LANG and LC_ALL");
        }
    }

    private static List<Type> EnumsReachableFrom(params Type[] roots)
    {
        var seen = new HashSet<Type>();
        var enums = new List<Type>();
        var queue = new Queue<Type>(roots);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                enums.Add(type);
                continue;
            }

            foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
            {
                queue.Enqueue(argument);
            }

            if (type.Namespace == "BriData")
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        return enums;
    }
}
