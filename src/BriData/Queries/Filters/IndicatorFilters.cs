namespace BriData;

/// <summary>Filters over population and GDP indicators. Each returns a lazy sequence; the input order is kept.</summary>
public static class IndicatorFilters
{
    /// <summary>Indicators of <paramref name="country"/>.</summary>
    public static IEnumerable<CountryYearIndicators> InCountry(this IEnumerable<CountryYearIndicators> indicators, CountryCode country) =>
        FilterArguments.NoNulls(indicators, nameof(indicators)).Where(r => r.Country == country);

    /// <summary>Indicators of <paramref name="year"/>.</summary>
    public static IEnumerable<CountryYearIndicators> InYear(this IEnumerable<CountryYearIndicators> indicators, int year) =>
        FilterArguments.NoNulls(indicators, nameof(indicators)).Where(r => r.Year == year);

    /// <summary>Indicators from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<CountryYearIndicators> InYears(this IEnumerable<CountryYearIndicators> indicators, int from, int to)
    {
        FilterArguments.Years(from, to);
        return FilterArguments.NoNulls(indicators, nameof(indicators)).Where(r => r.Year >= from && r.Year <= to);
    }
}
