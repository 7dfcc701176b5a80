using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the claims set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The claims set's rules, with the ids seen so far.</summary>
        internal SetRules<Claim> ClaimSetRules()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            return new((r, at) => CheckClaim(r, at, ids));
        }

        private void CheckClaim(Claim r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            if (r.Country is CountryCode code)
            {
                KnownCountry(at + ".country", code, $"claim '{r.Id}' names unknown country {code}");
            }

            Defined(at + ".topic", r.Topic);
            RequireText(at + ".statement", r.Statement, "statement");
            if (r.Quantity is null)
            {
                Add(at + ".quantity", $"claim '{r.Id}' has no quantity");
            }
            else
            {
                if (r.Quantity.Value < 0)
                {
                    Add(at + ".quantity.value", $"claim '{r.Id}' has a negative value");
                }
                else if (r.Quantity.Value > MaxAmountUsd)
                {
                    Add(at + ".quantity.value", $"claim '{r.Id}' value {r.Quantity.Value} is above the limit of 10^15");
                }

                Defined(at + ".quantity.bound", r.Quantity.Bound);
                KnownUnit(at + ".quantity.unit", r.Quantity.Unit);
                Date(at + ".quantity.asOf", r.Quantity.AsOf, null);
            }

            if (r.Period is ClaimPeriod period && period.LastYear > lastYear)
            {
                Add(at + ".period", $"period {period} ends after {lastYear}");
            }


            Sources(at, r);
        }
    }
}
