namespace BriData.Formats.Json;

/// <summary>
/// Tells a decimal number that only parsed as zero because it is smaller than <see cref="decimal"/> can hold
/// (<c>1e-400</c>, or more than 28 decimal places: <c>0.00000000000000000000000000001</c>) from a real zero (issue 14,
/// fault 10): such a value is refused, never silently rounded to zero.
/// </summary>
internal static class DecimalText
{
    /// <summary>Whether <paramref name="value"/> is zero although the digits of <paramref name="text"/> before any exponent are not all zero.</summary>
    public static bool RoundedToZero(decimal value, ReadOnlySpan<byte> text)
    {
        if (value != 0m)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (c is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="RoundedToZero(decimal, ReadOnlySpan{byte})"/>, for text.</summary>
    public static bool RoundedToZero(decimal value, ReadOnlySpan<char> text)
    {
        if (value != 0m)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason given for a value that would round to zero.</summary>
    public const string RoundedToZeroReason = "the number is too small for a decimal (below 1e-28) and would round to zero";
}
