namespace BriData.Parquet.Rows;

/// <summary>
/// How a <see cref="PartialDate"/> becomes columns: its ISO text at its own precision (<c>2024</c>, <c>2024-11</c>,
/// <c>2024-11-14</c>) and the first day it can denote as a DATE, so that engines can filter and sort by date
/// without inventing a day that the text does not state.
/// </summary>
internal static class DateColumns
{
    /// <summary>The ISO text, or null.</summary>
    public static string? Text(PartialDate? date) => date?.ToString();

    /// <summary>The first day the date can denote, or null.</summary>
    public static DateOnly? FirstDay(PartialDate? date) => date?.Start;

    /// <summary>"year", "month" or "day", or null.</summary>
    public static string? Precision(PartialDate? date) => date?.Precision switch
    {
        DatePrecision.Year => "year",
        DatePrecision.Month => "month",
        DatePrecision.Day => "day",
        _ => null,
    };
}
