using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the development finance set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The finance set's rules.</summary>
        internal SetRules<FinanceRecord> FinanceSetRules() => new(CheckFinance);

        private void CheckFinance(FinanceRecord f, string at)
        {
            if (f.Id <= 0 || !financeIds.Add(f.Id))
            {
                Add(at + ".id", $"AidData record id {f.Id} is not positive or is duplicated");
            }

            // A recipient may be a territory outside the countries set (AidData lists Curaçao), but not an aggregate
            // (WLD), a code ISO 3166 leaves to private use (AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ: XXX), nor China, the lender.
            if (f.Recipient.IsEmpty)
            {
                Add(at + ".recipient", $"recipient is missing");
            }
            else if (f.Recipient == CountryCode.China)
            {
                Add(at + ".recipient", $"recipient CHN is the lender's country; a recipient is a partner country");
            }
            else if (!countryCodes.Contains(f.Recipient) && IsNotACountry(f.Recipient))
            {
                Add(at + ".recipient", $"recipient {f.Recipient} is not a country or territory (an aggregate or a private-use code)");
            }

            RequireText(at + ".title", f.Title, "title");
            if (f.Amount is Money m)
            {
                if (m.Basis != MoneyBasis.ConstantUsd2021)
                {
                    Add(at + ".amount.basis", $"record {f.Id} amount is {m.Basis}; development finance is in ConstantUsd2021");
                }

                Amount(at + ".amount.amountUsd", m, $"record {f.Id}");
            }

            if (f.CommitmentYear < FirstAidDataYear || f.CommitmentYear > lastYear)
            {
                Add(at + ".commitmentYear", $"commitment year {f.CommitmentYear} is out of range");
            }

            Date(at + ".commitmentDate", f.CommitmentDate, null);
            if (f.CommitmentDate is PartialDate cd && cd.Year != 0 && cd.Year != f.CommitmentYear)
            {
                Add(at + ".commitmentDate", $"commitment date {cd} is not in the commitment year {f.CommitmentYear}");
            }

            Date(at + ".implementationStart", f.ImplementationStart, null);
            Date(at + ".completion", f.Completion, null);
            Defined(at + ".status", f.Status);
            RequireText(at + ".sector", f.Sector, "sector");
            NotNull(at + ".linkedRecordIds", f.LinkedRecordIds);
            Texts(at + ".osmLinks", f.OsmLinks);
            Sources(at, f);
        }

        private static bool IsNotACountry(CountryCode code)
        {
            var a = code.Alpha3;
            return a == "WLD" || a[0] == 'X' || (a[0] == 'Q' && a[1] >= 'M') || (a[0] == 'A' && a[1] == 'A') || (a[0] == 'Z' && a[1] == 'Z');
        }
    }
}
