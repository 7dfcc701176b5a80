using System.Text.Encodings.Web;
using System.Text.Json;
using BriData.Formats.Json;

namespace BriData.Formats;

/// <summary>The compact JSON used inside export cells (lists, nested records): BriData's own JSON shapes, no indentation, UTF-8 kept unescaped.</summary>
internal static class ExportJson
{
    public static BriJsonContext Context { get; } = new(new JsonSerializerOptions(BriJsonContext.Default.Options)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
