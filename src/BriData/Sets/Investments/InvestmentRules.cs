using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the investments set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The investments set's rules.</summary>
        internal SetRules<InvestmentRecord> InvestmentSetRules() => new(CheckInvestment);

        private void CheckInvestment(InvestmentRecord r, string at)
        {
            UniqueId(at, r.Id, investmentIds);
            RequireText(at + ".release", r.Release, "release");
            KnownCountry(at + ".country", r.Country, $"unknown country {r.Country}");
            Date(at + ".date", r.Date, DatePrecision.Month);
            if (r.Date.Year != 0 && (r.Date.Year < FirstYear || r.Date.Year > lastYear))
            {
                Add(at + ".date", $"date {r.Date} is outside {FirstYear}..{lastYear}");
            }

            RequireText(at + ".investor", r.Investor, "investor");
            if (r.Amount.Basis != MoneyBasis.NominalUsd || r.Amount.PriceYear != r.Date.Year)
            {
                Add(at + ".amount", $"record {r.Id} amount must be nominal USD of its year {r.Date.Year}");
            }

            Amount(at + ".amount.amountUsd", r.Amount, $"record {r.Id}");
            if (r.SharePercent is < 0 or > MaxPercent)
            {
                Add(at + ".sharePercent", $"share {r.SharePercent} is outside 0..{MaxPercent}");
            }

            RequireText(at + ".sector", r.Sector, "sector");
            Defined(at + ".kind", r.Kind);
            Sources(at, r);
        }
    }
}
