using System.Diagnostics.CodeAnalysis;

namespace BriData.Notebooks;

/// <summary>
/// Names the class that makes notebook formatters for the type it is applied to. .NET Interactive (Polyglot
/// Notebooks, Jupyter with the .NET kernel, dotnet-repl) recognises an attribute by this exact name and shape
/// without BriData referencing any .NET Interactive assembly: it reads <see cref="FormatterSourceType"/> and
/// <see cref="PreferredMimeTypes"/> by reflection, creates the source and asks it for formatters.
/// </summary>
/// <remarks>
/// Internal on purpose: the convention is matched by the attribute's type name, so BriData's own copy works with
/// every version of .NET Interactive and never conflicts with its assemblies. Outside a notebook it does nothing.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>
    /// Names BriData's own formatter source (<see cref="BriFormatterSource"/>), HTML first and plain text second:
    /// what every BriData type uses, so <c>[Notebooks.TypeFormatterSource]</c> is all a type needs.
    /// </summary>
    public TypeFormatterSourceAttribute()
        : this(typeof(BriFormatterSource))
    {
    }

    /// <summary>Creates the attribute; the preferred MIME types are HTML, then plain text.</summary>
    /// <param name="formatterSourceType">A class with a public parameterless constructor and a public
    /// <c>CreateTypeFormatters()</c> method returning the formatters.</param>
    public TypeFormatterSourceAttribute(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
        Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
        PreferredMimeTypes = [NotebookMimeTypes.Html, NotebookMimeTypes.PlainText];
    }

    /// <summary>The class whose <c>CreateTypeFormatters()</c> returns the formatters.</summary>
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicMethods)]
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook should produce for the type, richest first (default: HTML, then plain text); null leaves the host's default.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}
