namespace BriData;

/// <summary>
/// A question was asked about a year outside the years a set covers (for example trade in 2023, when the IMF DOTS
/// series ends in 2020). The message names the set and its coverage; a missing value inside the coverage is
/// still answered with null, never with this exception.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentOutOfRangeException"/> (<see cref="ArgumentException.ParamName"/> is <c>year</c>), so
/// code that already catches argument errors keeps working. <see cref="SetCoverage"/> describes what each set covers.
/// </remarks>
public sealed class YearNotCoveredException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public YearNotCoveredException()
        : base("year", "The year is outside the years the set covers.")
    {
        Set = string.Empty;
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">The message.</param>
    public YearNotCoveredException(string? message)
        : base("year", message)
    {
        Set = string.Empty;
    }

    /// <summary>Creates the exception with <paramref name="message"/> and an inner cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public YearNotCoveredException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Set = string.Empty;
    }

    /// <summary>Creates the exception for <paramref name="year"/> outside <paramref name="coverage"/>; the message names the set, its years and where later figures are.</summary>
    /// <param name="coverage">The set's coverage.</param>
    /// <param name="year">The year asked for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> is null.</exception>
    public YearNotCoveredException(SetCoverage coverage, int year)
        : base("year", year, CoverageText.NotCovered(coverage ?? throw new ArgumentNullException(nameof(coverage)), year))
    {
        Set = coverage.Set;
        Year = year;
        FirstYear = coverage.FirstYear;
        LastYear = coverage.LastYear;
    }

    /// <summary>The set asked about, for example <c>trade</c>; empty when not stated.</summary>
    public string Set { get; }

    /// <summary>The year asked for; null when not stated.</summary>
    public int? Year { get; }

    /// <summary>The set's first covered year; null when the set holds no records or it was not stated.</summary>
    public int? FirstYear { get; }

    /// <summary>The set's last covered year; null when the set holds no records or it was not stated.</summary>
    public int? LastYear { get; }
}
