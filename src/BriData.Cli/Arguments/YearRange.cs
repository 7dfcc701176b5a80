namespace BriData.Cli.Arguments;

/// <summary>Checks the <c>--from</c> / <c>--to</c> years of a command.</summary>
internal static class YearRange
{
    /// <summary>The first year any set could hold.</summary>
    public const int Earliest = 1900;

    /// <summary>The last year accepted on the command line.</summary>
    public const int Latest = 2100;

    /// <summary>An error message when the range is not sensible; null when it is.</summary>
    public static string? Problem(int? from, int? to)
    {
        if (from is int f && (f < Earliest || f > Latest))
        {
            return $"--from {f} is not a year between {Earliest} and {Latest}.";
        }

        if (to is int t && (t < Earliest || t > Latest))
        {
            return $"--to {t} is not a year between {Earliest} and {Latest}.";
        }

        return from is int a && to is int b && b < a ? $"--to {b} is before --from {a}; give the earlier year with --from." : null;
    }
}
