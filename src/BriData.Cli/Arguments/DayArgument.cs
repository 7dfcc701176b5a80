using System.Globalization;

namespace BriData.Cli.Arguments;

/// <summary>Parses a day given on the command line: ISO 8601, <c>yyyy-MM-dd</c> only.</summary>
internal static class DayArgument
{
    /// <summary>Parses <paramref name="text"/> as <c>yyyy-MM-dd</c>; null when it is not a real day in that form.</summary>
    public static DateOnly? TryParse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
