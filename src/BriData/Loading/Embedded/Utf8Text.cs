namespace BriData.Loading.Embedded;

/// <summary>
/// Decodes the embedded release's UTF-8 strings, and widens its ASCII names and codes, with plain loops, not
/// <see cref="System.Text.Encoding.UTF8"/> or <see cref="System.Text.Ascii"/>: the first vectorised transcoding of a
/// process costs 2–5 ms (measured on the ReadyToRun build), more than reading most sets, and the release's texts are
/// short. Strict: an invalid sequence (which the build's strict UTF-8 check rules out) throws
/// <see cref="EmbeddedDataException"/> instead of becoming U+FFFD.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The text of <paramref name="utf8"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        // UTF-16 never needs more code units than UTF-8 has bytes.
        Span<char> chars = utf8.Length <= 256 ? stackalloc char[256] : new char[utf8.Length];
        return new string(chars[..Decode(utf8, chars)]);
    }

    /// <summary>Decodes <paramref name="utf8"/> into <paramref name="chars"/> (at least as long as <paramref name="utf8"/>): the number of characters written.</summary>
    public static int Decode(ReadOnlySpan<byte> utf8, Span<char> chars)
    {
        int i = 0, n = 0;
        while (i < utf8.Length)
        {
            int b = utf8[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
                i++;
                continue;
            }

            int code, length;
            if ((b & 0xE0) == 0xC0)
            {
                (code, length) = (b & 0x1F, 2);
            }
            else if ((b & 0xF0) == 0xE0)
            {
                (code, length) = (b & 0x0F, 3);
            }
            else if ((b & 0xF8) == 0xF0)
            {
                (code, length) = (b & 0x07, 4);
            }
            else
            {
                throw Invalid(i);
            }

            if (i + length > utf8.Length)
            {
                throw Invalid(i);
            }

            for (var k = 1; k < length; k++)
            {
                int next = utf8[i + k];
                if ((next & 0xC0) != 0x80)
                {
                    throw Invalid(i);
                }

                code = (code << 6) | (next & 0x3F);
            }

            // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
            if ((length == 2 && code < 0x80) || (length == 3 && (code < 0x800 || code is >= 0xD800 and <= 0xDFFF)) || (length == 4 && code is < 0x10000 or > 0x10FFFF))
            {
                throw Invalid(i);
            }

            if (code >= 0x10000)
            {
                code -= 0x10000;
                chars[n++] = (char)(0xD800 + (code >> 10));
                chars[n++] = (char)(0xDC00 + (code & 0x3FF));
            }
            else
            {
                chars[n++] = (char)code;
            }

            i += length;
        }

        return n;
    }

    /// <summary>
    /// Widens ASCII <paramref name="utf8"/> into <paramref name="chars"/>: the number of characters written, or -1 when a
    /// byte is not ASCII or <paramref name="chars"/> is too short. A plain loop, not <see cref="System.Text.Ascii.ToUtf16"/>: the
    /// first vectorised transcoding of a process costs 2–4 ms here (measured on the ReadyToRun build), more than reading
    /// most sets, and the texts it widens (property names, codes, dates, pooled ids) are a few letters long.
    /// </summary>
    public static int AsciiChars(ReadOnlySpan<byte> utf8, Span<char> chars)
    {
        if (utf8.Length > chars.Length)
        {
            return -1;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b >= 0x80)
            {
                return -1;
            }

            chars[i] = (char)b;
        }

        return utf8.Length;
    }

    private static EmbeddedDataException Invalid(int at) => new("string", FormattableString.Invariant($"the text is not valid UTF-8 at byte {at} of the string"));
}
