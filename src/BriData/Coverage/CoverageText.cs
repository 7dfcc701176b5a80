using System.Globalization;

namespace BriData;

/// <summary>The wording of coverage, in one place: year ranges and the "not covered" message.</summary>
internal static class CoverageText
{
    /// <summary>"1960–2020", or "2019" for one year.</summary>
    public static string Years(int from, int to) => from == to
        ? from.ToString(CultureInfo.InvariantCulture)
        : from.ToString(CultureInfo.InvariantCulture) + "–" + to.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1960–2020", or "no year" for an empty set.</summary>
    public static string Years(SetCoverage coverage) =>
        coverage.FirstYear is int from && coverage.LastYear is int to ? Years(from, to) : "no year";

    /// <summary>"trade covers 1960–2020; 2023 is outside it; see PublishedFigures for later years (published figures to 2025)".</summary>
    public static string NotCovered(SetCoverage coverage, int year)
    {
        var text = coverage.FirstYear is null
            ? coverage.Set + " holds no records, so it covers no year; " + Year(year) + " is outside it"
            : coverage.Set + " covers " + Years(coverage) + "; " + Year(year) + " is outside it";
        if (coverage.LastYear is int last && year > last && coverage.PublishedFiguresThrough is int through)
        {
            text += "; see PublishedFigures for later years (published figures to " + Year(through) + ")";
        }

        return text + ".";
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
