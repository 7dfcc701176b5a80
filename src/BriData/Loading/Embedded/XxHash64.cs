// XXH64 (seed 0), and the build task that writes the embedded files' XXH64 as constants. This one file is compiled
// twice: into the library (BRIDATA_LIBRARY is defined by BriData.csproj), where EmbeddedSetLoader proves each
// embedded set's bytes by it at first use, and by MSBuild's RoslynCodeTaskFactory (target BriDataWriteEmbeddedHashes),
// where the task below computes the expected values from Data/*.json. One implementation for both sides; the tests
// hold it to System.IO.Hashing.XxHash64.
#if BRIDATA_LIBRARY
using System.Buffers.Binary;
#endif

namespace BriData.Loading.Embedded
{
    /// <summary>
    /// The XXH64 hash (seed 0) of a byte sequence. Why not SHA-256, which the manifest already states: the first
    /// SHA-256 of a process loads and initialises OpenSSL, about 6 ms on the CI machines, as much as reading the
    /// countries set and building its collection (issue 15); XXH64 is plain code, about 0.5 ms for the 2 MB trade set. XXH64 detects damage as well; like the manifest's SHA-256, it is not a signature.
    /// </summary>
    internal static class XxHash64
    {
        private const ulong Prime1 = 0x9E3779B185EBCA87UL;
        private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
        private const ulong Prime3 = 0x165667B19E3779F9UL;
        private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
        private const ulong Prime5 = 0x27D4EB2F165667C5UL;

        /// <summary>The XXH64 of <paramref name="data"/> with seed 0.</summary>
#if BRIDATA_LIBRARY
        public static ulong Hash(ReadOnlySpan<byte> data)
#else
        public static ulong Hash(byte[] data)
#endif
        {
            unchecked
            {
                var length = data.Length;
                var i = 0;
                ulong hash;
                if (length >= 32)
                {
                    ulong v1 = unchecked(Prime1 + Prime2), v2 = Prime2, v3 = 0, v4 = unchecked(0UL - Prime1);
#if BRIDATA_LIBRARY
                    // The stripes as 64-bit words read in place (little-endian machines; others take the loop below).
                    if (BitConverter.IsLittleEndian)
                    {
                        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(data.Slice(0, length & ~31));
                        for (var w = 0; w < words.Length; w += 4)
                        {
                            v1 = Round(v1, words[w]);
                            v2 = Round(v2, words[w + 1]);
                            v3 = Round(v3, words[w + 2]);
                            v4 = Round(v4, words[w + 3]);
                        }

                        i = length & ~31;
                    }
#endif
                    for (; i <= length - 32; i += 32)
                    {
                        v1 = Round(v1, Read64(data, i));
                        v2 = Round(v2, Read64(data, i + 8));
                        v3 = Round(v3, Read64(data, i + 16));
                        v4 = Round(v4, Read64(data, i + 24));
                    }

                    hash = Rotl(v1, 1) + Rotl(v2, 7) + Rotl(v3, 12) + Rotl(v4, 18);
                    hash = Merge(hash, v1);
                    hash = Merge(hash, v2);
                    hash = Merge(hash, v3);
                    hash = Merge(hash, v4);
                }
                else
                {
                    hash = Prime5;
                }

                hash += (ulong)length;
                for (; i <= length - 8; i += 8)
                {
                    hash ^= Round(0, Read64(data, i));
                    hash = (Rotl(hash, 27) * Prime1) + Prime4;
                }

                if (i <= length - 4)
                {
                    hash ^= Read32(data, i) * Prime1;
                    hash = (Rotl(hash, 23) * Prime2) + Prime3;
                    i += 4;
                }

                for (; i < length; i++)
                {
                    hash ^= data[i] * Prime5;
                    hash = Rotl(hash, 11) * Prime1;
                }

                hash ^= hash >> 33;
                hash *= Prime2;
                hash ^= hash >> 29;
                hash *= Prime3;
                hash ^= hash >> 32;
                return hash;
            }
        }

        private static ulong Round(ulong accumulator, ulong input) => unchecked(Rotl(accumulator + (input * Prime2), 31) * Prime1);

        private static ulong Merge(ulong hash, ulong accumulator) => unchecked(((hash ^ Round(0, accumulator)) * Prime1) + Prime4);

        private static ulong Rotl(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

#if BRIDATA_LIBRARY
        private static ulong Read64(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(at));

        private static ulong Read32(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(at));
#else
        private static ulong Read64(byte[] data, int at) => Read32(data, at) | (Read32(data, at + 4) << 32);

        private static ulong Read32(byte[] data, int at) =>
            data[at] | ((ulong)data[at + 1] << 8) | ((ulong)data[at + 2] << 16) | ((ulong)data[at + 3] << 24);
#endif
    }
}

#if !BRIDATA_LIBRARY
/// <summary>
/// MSBuild task (BriData.csproj, target BriDataWriteEmbeddedHashes): writes <c>EmbeddedHashes</c>, the XXH64 of each
/// embedded data file, as C# constants.
/// </summary>
public sealed class BriDataWriteEmbeddedHashes : Microsoft.Build.Utilities.Task
{
    /// <summary>The embedded data files (Data/*.json).</summary>
    [Microsoft.Build.Framework.Required]
    public Microsoft.Build.Framework.ITaskItem[] Files { get; set; } = new Microsoft.Build.Framework.ITaskItem[0];

    /// <summary>The C# file to write.</summary>
    [Microsoft.Build.Framework.Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine("// <auto-generated/> by BriData.csproj (target BriDataWriteEmbeddedHashes) from Data/*.json.");
        text.AppendLine("namespace BriData.Loading.Embedded;");
        text.AppendLine();
        text.AppendLine("/// <summary>The XXH64 of each embedded data file, computed when the library was built.</summary>");
        text.AppendLine("internal static class EmbeddedHashes");
        text.AppendLine("{");
        text.AppendLine("    /// <summary>The XXH64 of the embedded file <paramref name=\"file\"/> (for example <c>trade.json</c>); null for a file not embedded.</summary>");
        text.AppendLine("    public static ulong? Of(string file) => file switch");
        text.AppendLine("    {");
        var files = new System.Collections.Generic.List<string>();
        foreach (var item in Files)
        {
            files.Add(item.ItemSpec);
        }

        files.Sort(System.StringComparer.Ordinal);
        foreach (var path in files)
        {
            var hash = BriData.Loading.Embedded.XxHash64.Hash(System.IO.File.ReadAllBytes(path));
            text.AppendLine("        \"" + System.IO.Path.GetFileName(path) + "\" => 0x" + hash.ToString("X16", System.Globalization.CultureInfo.InvariantCulture) + "UL,");
        }

        text.AppendLine("        _ => null,");
        text.AppendLine("    };");
        text.AppendLine("}");
        var content = text.ToString();
        if (!System.IO.File.Exists(OutputFile) || System.IO.File.ReadAllText(OutputFile) != content)
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(OutputFile)!);
            System.IO.File.WriteAllText(OutputFile, content);
        }

        return true;
    }
}
#endif
