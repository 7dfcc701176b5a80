using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BriData.Tests.Reliability;

/// <summary>
/// Keeps the SHA-256 of a set file in a saved manifest in step with the file, for tests (and the fuzzer) that damage a
/// file on purpose and want the damage to reach the parser rather than the integrity check. Edits the manifest's text
/// in place (the <c>"sha256"</c> after the file's <c>"file"</c>), so a damaged manifest stays damaged.
/// </summary>
public static partial class ManifestHashes
{
    /// <summary>Puts the SHA-256 of <paramref name="file"/> in <c>manifest.json</c> of <paramref name="folder"/>; nothing when the manifest does not name it.</summary>
    public static void Update(string folder, string file)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        if (string.Equals(file, "manifest.json", StringComparison.Ordinal) || !File.Exists(manifestPath) || !File.Exists(Path.Combine(folder, file)))
        {
            return;
        }

        var manifest = File.ReadAllText(manifestPath, Encoding.UTF8);
        var at = manifest.IndexOf("\"file\": \"" + file + "\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var match = Sha256().Match(manifest, at);
        if (!match.Success)
        {
            return;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
        var updated = string.Concat(manifest.AsSpan(0, match.Groups[1].Index), hash, manifest.AsSpan(match.Groups[1].Index + match.Groups[1].Length));
        File.WriteAllText(manifestPath, updated, new UTF8Encoding(false));
    }

    /// <summary>Updates the SHA-256 of every file the manifest names.</summary>
    public static void UpdateAll(string folder)
    {
        foreach (var file in Directory.GetFiles(folder).Select(Path.GetFileName))
        {
            Update(folder, file!);
        }
    }

    [GeneratedRegex("\"sha256\": \"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}
