using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace BriData.Tests.Conventions;

/// <summary>
/// Every public type of the BriData assembly is closed for extension (sealed, abstract or static) and immutable
/// from outside: no public setter except <c>init</c>, no public mutable field, no writable collection exposed.
/// The model (the public types of the root namespace <c>BriData</c>: records, keys, collections, the dataset)
/// is immutable inside too: no instance field, public or not, can change after construction. Public types in
/// other namespaces may keep private state.
/// </summary>
public sealed class PublicTypesAreImmutableTests
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Type[] PublicTypes = typeof(BriDataset).Assembly.GetExportedTypes();

    private static readonly HashSet<Type> WritableCollectionDefinitions =
    [
        typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(Dictionary<,>), typeof(IDictionary<,>),
        typeof(HashSet<>), typeof(ISet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>), typeof(SortedList<,>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(System.Collections.ObjectModel.Collection<>),
        typeof(System.Collections.ObjectModel.ObservableCollection<>),
    ];

    [Fact]
    public void The_assembly_exports_types_to_check()
    {
        PublicTypes.Should().Contain([typeof(BriDataset), typeof(Country), typeof(CountryCode), typeof(BriDataInfo)]);
    }

    [Fact]
    public void Every_public_class_is_sealed_abstract_or_static()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        open.Should().BeEmpty("public classes and records must be sealed (or abstract, or static)");
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName)
            .ToList();

        mutable.Should().BeEmpty("public structs must be declared readonly");
    }

    [Fact]
    public void No_public_property_has_a_setter_other_than_init()
    {
        var settable = PublicTypes
            .SelectMany(t => t.GetProperties(Declared))
            .Where(p => p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly) && !IsInitOnly(set))
            .Select(Describe)
            .ToList();

        settable.Should().BeEmpty("public model types are immutable: properties are get-only or init-only");
    }

    [Fact]
    public void No_public_field_is_writable()
    {
        var writable = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(Declared))
            .Where(f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsInitOnly && !f.IsLiteral)
            .Select(Describe)
            .ToList();

        writable.Should().BeEmpty("public fields must be const or readonly");
    }

    [Fact]
    public void No_instance_field_of_a_model_type_can_change_after_construction()
    {
        var mutableState = PublicTypes
            .Where(t => string.Equals(t.Namespace, "BriData", StringComparison.Ordinal))
            .Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetFields(Declared))
            .Where(f => !f.IsStatic && !f.IsInitOnly && !f.IsLiteral)
            .Select(Describe)
            .ToList();

        mutableState.Should().BeEmpty("instances of model types are immutable and safe to share between threads");
    }

    [Fact]
    public void No_public_property_or_field_exposes_a_writable_collection()
    {
        var exposed = PublicTypes
            .SelectMany(t => t.GetProperties(Declared).Where(p => p.GetMethod is { } get && (get.IsPublic || get.IsFamily))
                .Select(p => (Member: (MemberInfo)p, Type: p.PropertyType))
                .Concat(t.GetFields(Declared).Where(f => f.IsPublic || f.IsFamily).Select(f => (Member: (MemberInfo)f, Type: f.FieldType))))
            .Where(m => IsWritableCollection(m.Type))
            .Select(m => Describe(m.Member) + " : " + m.Type)
            .ToList();

        exposed.Should().BeEmpty("collections are exposed as IReadOnlyList/IReadOnlyCollection/IReadOnlyDictionary or read-only BriData collections");
    }

    [Fact]
    public void The_rules_recognise_writable_and_read_only_collections()
    {
        IsWritableCollection(typeof(int[])).Should().BeTrue();
        IsWritableCollection(typeof(List<string>)).Should().BeTrue();
        IsWritableCollection(typeof(IDictionary<string, int>)).Should().BeTrue();
        IsWritableCollection(typeof(ArrayList)).Should().BeTrue();
        IsWritableCollection(typeof(IReadOnlyList<string>)).Should().BeFalse();
        IsWritableCollection(typeof(IReadOnlyDictionary<string, int>)).Should().BeFalse();
        IsWritableCollection(typeof(System.Collections.ObjectModel.ReadOnlyCollection<string>)).Should().BeFalse();
        IsWritableCollection(typeof(string)).Should().BeFalse();
        IsInitOnly(typeof(Country).GetProperty(nameof(Country.Name))!.SetMethod!).Should().BeTrue();
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsWritableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType && WritableCollectionDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            return true;
        }

        if (type.Namespace is { } ns &&
            (ns.StartsWith("System.Collections.Immutable", StringComparison.Ordinal) ||
             ns.StartsWith("System.Collections.Frozen", StringComparison.Ordinal) ||
             type.Name.StartsWith("ReadOnly", StringComparison.Ordinal)))
        {
            return false;
        }

        return typeof(IList).IsAssignableFrom(type) && type != typeof(string)
            || typeof(IDictionary).IsAssignableFrom(type)
            || type.GetInterfaces().Any(i => i.IsGenericType && WritableCollectionDefinitions.Contains(i.GetGenericTypeDefinition()));
    }

    private static string Describe(MemberInfo member) => member.DeclaringType!.FullName + "." + member.Name;
}
