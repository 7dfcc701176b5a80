namespace BriData;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year = 1,

    /// <summary>The year and month are known.</summary>
    Month = 2,

    /// <summary>The full calendar date is known.</summary>
    Day = 3,
}
