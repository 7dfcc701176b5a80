using System.Reflection;
using System.Text.Json;
using BriData.Loading;

namespace BriData.Tests.Reliability;

/// <summary>
/// The embedded release is read without System.Text.Json (issue 15): loading that assembly and its generic types cost
/// a first answer about 2 ms. The set table (<see cref="DataSets"/>) is built by every first answer, so none of its
/// descriptors may hold a field or a delegate whose types need System.Text.Json; JSON metadata is looked up by type
/// when a release folder is read or written.
/// </summary>
public sealed class EmbeddedPathDependencyTests
{
    private static readonly Assembly Json = typeof(JsonSerializer).Assembly;

    [Fact]
    public void Building_the_set_table_needs_no_System_Text_Json_type()
    {
        var offenders = new List<string>();
        foreach (var set in DataSets.All)
        {
            for (var type = set.GetType(); type is not null; type = type.BaseType)
            {
                foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
                {
                    if (NeedsJson(field.FieldType))
                    {
                        offenders.Add($"{set.Name}: field {field.Name} is a {field.FieldType}");
                    }

                    if (field.GetValue(set) is Delegate d && SignatureNeedsJson(d.Method))
                    {
                        offenders.Add($"{set.Name}: delegate {field.Name} calls {d.Method.DeclaringType}.{d.Method.Name}, whose signature needs System.Text.Json");
                    }
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_check_recognises_a_type_that_needs_System_Text_Json()
    {
        NeedsJson(typeof(Func<Formats.Json.BriJsonContext, int>)).Should().BeTrue("BriJsonContext derives from a System.Text.Json type");
        NeedsJson(typeof(Func<System.Text.Json.Serialization.Metadata.JsonTypeInfo<int>>)).Should().BeTrue();
        NeedsJson(typeof(Func<BriDatasetContent, IReadOnlyList<TradeRecord>>)).Should().BeFalse();
    }

    private static bool SignatureNeedsJson(MethodInfo method) =>
        NeedsJson(method.ReturnType) || method.GetParameters().Any(p => NeedsJson(p.ParameterType));

    private static bool NeedsJson(Type type)
    {
        if (type.HasElementType)
        {
            return NeedsJson(type.GetElementType()!);
        }

        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.Assembly == Json)
            {
                return true;
            }
        }

        return type.IsGenericType && type.GetGenericArguments().Any(NeedsJson);
    }
}
