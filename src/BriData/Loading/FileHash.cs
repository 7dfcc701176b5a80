using System.Security.Cryptography;

namespace BriData.Loading;

/// <summary>The SHA-256 of a release file as the manifest states it: 64 lowercase hexadecimal digits.</summary>
internal static class FileHash
{
    /// <summary>The SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of the content of <paramref name="stream"/>, read to its end.</summary>
    public static string Of(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    /// <summary>Whether <paramref name="hash"/> is 64 lowercase hexadecimal digits.</summary>
    public static bool IsWellFormed(string? hash) =>
        hash is { Length: 64 } && hash.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;
}
