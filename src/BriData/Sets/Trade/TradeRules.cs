using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the trade set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The trade set's rules, with the reporter-partner-flow-year keys seen so far.</summary>
        internal SetRules<TradeRecord> TradeSetRules()
        {
            var keys = new HashSet<(CountryCode, CountryCode, TradeFlow, int)>();
            return new((t, at) => CheckTrade(t, at, keys));
        }

        private void CheckTrade(TradeRecord t, string at, HashSet<(CountryCode, CountryCode, TradeFlow, int)> keys)
        {
            KnownCountry(at + ".reporter", t.Reporter, $"unknown reporter {t.Reporter}");
            if (t.Partner != CountryCode.World)
            {
                KnownCountry(at + ".partner", t.Partner, $"unknown partner {t.Partner}");
            }

            Defined(at + ".flow", t.Flow);
            if (t.Year < FirstYear || t.Year > lastYear)
            {
                Add(at + ".year", $"year {t.Year} is outside {FirstYear}..{lastYear}");
            }

            if (t.ValueUsdMillions < 0)
            {
                Add(at + ".valueUsdMillions", $"negative trade value {t.ValueUsdMillions}");
            }
            else if (t.ValueUsdMillions > MaxAmountUsd / 1_000_000m)
            {
                Add(at + ".valueUsdMillions", $"trade value {t.ValueUsdMillions} USD millions is above the limit of USD 10^15");
            }

            if (!keys.Add((t.Reporter, t.Partner, t.Flow, t.Year)))
            {
                Add(at, $"duplicate trade record {t.Reporter}->{t.Partner} {t.Flow} {t.Year}");
            }

            Sources(at, t);
        }
    }
}
