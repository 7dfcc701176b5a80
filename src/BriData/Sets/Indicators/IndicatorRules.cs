using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the indicators set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The indicators set's rules, with the country-years seen so far.</summary>
        internal SetRules<CountryYearIndicators> IndicatorSetRules()
        {
            var keys = new HashSet<(CountryCode, int)>();
            return new((r, at) => CheckIndicators(r, at, keys));
        }

        private void CheckIndicators(CountryYearIndicators r, string at, HashSet<(CountryCode, int)> keys)
        {
            KnownCountry(at + ".country", r.Country, $"unknown country {r.Country}");
            if (r.Year < FirstIndicatorYear || r.Year > lastYear)
            {
                Add(at + ".year", $"year {r.Year} is out of range");
            }

            if (r.Population is <= 0 or > MaxPopulation)
            {
                Add(at + ".population", $"population {r.Population} must be positive and at most 10^10 (missing is null)");
            }

            if (r.GdpCurrentUsd is <= 0 or > MaxAmountUsd)
            {
                Add(at + ".gdpCurrentUsd", $"GDP {r.GdpCurrentUsd} must be positive and at most USD 10^15 (missing is null)");
            }

            if (!keys.Add((r.Country, r.Year)))
            {
                Add(at, $"duplicate indicators for {r.Country} {r.Year}");
            }

            Sources(at, r);
        }
    }
}
