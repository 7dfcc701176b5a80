using BriData.Loading;
using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>Checks of the published-figures and AidData country-year sets.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The published figures set's rules, with the ids seen so far.</summary>
        internal SetRules<PublishedFigure> PublishedSetRules()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            return new((r, at) => CheckPublished(r, at, ids));
        }

        /// <summary>The AidData country-years set's rules, with the country-years seen so far.</summary>
        internal SetRules<AidDataCountryYear> AidDataYearSetRules()
        {
            var keys = new HashSet<(CountryCode, int)>();
            return new((r, at) => CheckAidDataYear(r, at, keys));
        }

        private void CheckPublished(PublishedFigure r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            RequireText(at + ".publisher", r.Publisher, "publisher");
            Defined(at + ".basis", r.Basis);
            Defined(at + ".indicator", r.Indicator);
            Defined(at + ".bound", r.Bound);
            if (r.Country is CountryCode code)
            {
                KnownCountry(at + ".country", code, $"published figure '{r.Id}' names unknown country {code}");
            }

            Date(at + ".periodStart", r.PeriodStart, null);
            Date(at + ".periodEnd", r.PeriodEnd, null);
            if (r.PeriodStart.Year != 0 && r.PeriodEnd.Year != 0)
            {
                if (r.PeriodStart.Precision != r.PeriodEnd.Precision)
                {
                    Add(at + ".periodEnd", $"period {r.PeriodStart}/{r.PeriodEnd} mixes precisions; give both ends as years or both as months");
                }
                else if (r.PeriodEnd < r.PeriodStart)
                {
                    Add(at + ".periodEnd", $"period ends ({r.PeriodEnd}) before it starts ({r.PeriodStart})");
                }
                else if (r.PeriodEnd.Year > lastYear)
                {
                    Add(at + ".periodEnd", $"period end {r.PeriodEnd} is in the future");
                }
            }

            if (r.Value < 0 || r.Value > MaxAmountUsd)
            {
                Add(at + ".value", $"published figure '{r.Id}' value {r.Value} is negative or above the limit of 10^15");
            }

            KnownUnit(at + ".unit", r.Unit);
            if (!r.Unit.IsMissing && !MeasureUnit.PublishedFigureUnits.Contains(r.Unit))
            {
                Add(at + ".unit", $"published figure '{r.Id}' has unit '{r.Unit}'; expected one of {string.Join(", ", MeasureUnit.PublishedFigureUnits.Select(u => u.Symbol).Order(StringComparer.Ordinal))}");
            }

            if (r.Indicator == PublishedIndicator.TradePartnerRank && r.Country is null)
            {
                Add(at + ".country", $"published figure '{r.Id}' is a partner rank but names no state");
            }

            Sources(at, r);
        }

        private void CheckAidDataYear(AidDataCountryYear r, string at, HashSet<(CountryCode, int)> keys)
        {
            KnownCountry(at + ".country", r.Country, $"AidData total names unknown country {r.Country}");
            if (r.Year is < FirstAidDataYear or > LastAidDataYear)
            {
                Add(at + ".year", $"year {r.Year} is outside GCDF 3.0 ({FirstAidDataYear}-{LastAidDataYear})");
            }

            if (!keys.Add((r.Country, r.Year)))
            {
                Add(at, $"AidData total for {r.Country} {r.Year} is duplicated");
            }

            foreach (var (name, value) in new[]
            {
                ("odaLikeUsd", r.OdaLikeUsd), ("oofLikeUsd", r.OofLikeUsd), ("vagueOfficialFinanceUsd", r.VagueOfficialFinanceUsd),
                ("odaLikeAdjustedUsd", r.OdaLikeAdjustedUsd), ("oofLikeAdjustedUsd", r.OofLikeAdjustedUsd), ("vagueOfficialFinanceAdjustedUsd", r.VagueOfficialFinanceAdjustedUsd),
            })
            {
                if (value < 0 || value > MaxAmountUsd)
                {
                    Add($"{at}.{name}", $"amount {value} is negative or above the limit of USD 10^15");
                }
            }

            Sources(at, r);
        }
    }
}
