using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace BriData.Tests.Conventions;

/// <summary>
/// Every public type and every public or protected member of the BriData assembly has an entry in the XML
/// documentation file shipped beside it. (The build already fails on CS1591; this test keeps the shipped file
/// honest if that rule is ever relaxed.)
/// </summary>
public sealed class PublicMembersAreDocumentedTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Library = typeof(BriDataset).Assembly;

    [Fact]
    public void The_xml_documentation_file_ships_beside_the_assembly()
    {
        File.Exists(DocumentationPath()).Should().BeTrue("GenerateDocumentationFile is on for the package");
        DocumentedIds().Should().Contain("T:BriData.BriDataset");
    }

    [Fact]
    public void Every_public_type_and_member_has_documentation()
    {
        var documented = DocumentedIds();
        // Types whose names start with '<' are made by the compiler (the grouping types of C# 14 extension blocks);
        // their members are documented on the extension block and checked through the implementation methods.
        var expected = Library.GetExportedTypes().Where(t => !t.Name.StartsWith('<')).SelectMany(ExpectedIds).ToList();
        expected.Should().HaveCountGreaterThan(100, "the check covers the whole public surface");
        var missing = expected
            .Where(id => !documented.Contains(id))
            .Order(StringComparer.Ordinal)
            .ToList();

        missing.Should().BeEmpty("every public member says what it is, its units and its edge cases");
    }

    [Fact]
    public void Documentation_ids_follow_the_compiler_rules()
    {
        var get = typeof(KeyedRecordList<,>).GetMethod(nameof(KeyedRecordList<string, Source>.Get))!;
        MemberId(get).Should().Be("M:BriData.KeyedRecordList`2.Get(`0)");
        var tryParse = typeof(CountryCode).GetMethod(nameof(CountryCode.TryParse), [typeof(string), typeof(CountryCode).MakeByRefType()])!;
        MemberId(tryParse).Should().Be("M:BriData.CountryCode.TryParse(System.String,BriData.CountryCode@)");
        MemberId(typeof(BriDataset).GetProperty(nameof(BriDataset.Default))!).Should().Be("P:BriData.BriDataset.Default");
    }

    private static string DocumentationPath() => Path.ChangeExtension(Library.Location, ".xml");

    private static HashSet<string> DocumentedIds() =>
        XDocument.Load(DocumentationPath())
            .Descendants("member")
            .Select(m => (string?)m.Attribute("name") ?? string.Empty)
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> ExpectedIds(Type type)
    {
        yield return "T:" + TypeName(type);
        if (typeof(Delegate).IsAssignableFrom(type))
        {
            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            if (IsVisible(member) && !IsCompilerMade(member, type))
            {
                yield return MemberId(member);
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false, // nested types are listed by GetExportedTypes themselves
    };

    private static bool IsCompilerMade(MemberInfo member, Type type) => member switch
    {
        _ when member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) => true,
        FieldInfo f => f.IsSpecialName, // value__ of enums
        // Accessors are documented through their property or event.
        MethodInfo m => m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal),
        // The implicit parameterless constructor of a class (for example a record with required members) has no
        // source to document; a struct has none in metadata.
        ConstructorInfo c => c.IsStatic || (c.GetParameters().Length == 0 && type.IsClass),
        _ => false,
    };

    private static string MemberId(MemberInfo member)
    {
        var owner = TypeName(member.DeclaringType!);
        switch (member)
        {
            case ConstructorInfo c:
                return "M:" + owner + ".#ctor" + Parameters(c.GetParameters());
            case MethodInfo m:
                var arity = m.IsGenericMethod ? "``" + m.GetGenericArguments().Length : string.Empty;
                var conversion = m.Name is "op_Implicit" or "op_Explicit" ? "~" + TypeId(m.ReturnType) : string.Empty;
                return "M:" + owner + "." + m.Name.Replace('.', '#') + arity + Parameters(m.GetParameters()) + conversion;
            case PropertyInfo p:
                return "P:" + owner + "." + p.Name.Replace('.', '#') + Parameters(p.GetIndexParameters());
            case FieldInfo f:
                return "F:" + owner + "." + f.Name;
            case EventInfo e:
                return "E:" + owner + "." + e.Name;
            default:
                throw new NotSupportedException(member.GetType().Name);
        }
    }

    private static string Parameters(ParameterInfo[] parameters) =>
        parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";

    /// <summary>The name of a type in its own "T:" id: full name, nested types joined by '.', generic arity kept.</summary>
    private static string TypeName(Type type) => type.FullName!.Replace('+', '.');

    /// <summary>The id of a type used in a member's signature.</summary>
    private static string TypeId(Type type)
    {
        if (type.IsByRef)
        {
            return TypeId(type.GetElementType()!) + "@";
        }

        if (type.IsPointer)
        {
            return TypeId(type.GetElementType()!) + "*";
        }

        if (type.IsArray)
        {
            var rank = type.GetArrayRank();
            return TypeId(type.GetElementType()!) + (type.IsSZArray ? "[]" : "[" + string.Join(",", Enumerable.Repeat("0:", rank)) + "]");
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "`" : "``") + type.GenericParameterPosition.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var scope = type.IsNested ? TypeName(type.DeclaringType!) : type.Namespace;
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            var args = type.GetGenericArguments();
            var own = type.IsNested ? args.Skip(type.DeclaringType!.GetGenericArguments().Length) : args;
            return scope + "." + (tick < 0 ? name : name[..tick]) + "{" + string.Join(",", own.Select(TypeId)) + "}";
        }

        return scope + "." + name;
    }
}
