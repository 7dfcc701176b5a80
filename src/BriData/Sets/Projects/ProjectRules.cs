using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the flagship projects set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The projects set's rules, with the ids seen so far.</summary>
        internal SetRules<FlagshipProject> ProjectSetRules()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            return new((p, at) => CheckProject(p, at, ids));
        }

        private void CheckProject(FlagshipProject p, string at, HashSet<string> ids)
        {
            UniqueId(at, p.Id, ids);
            RequireText(at + ".name", p.Name, "name");
            KnownCountry(at + ".country", p.Country, $"project '{p.Id}' names unknown country {p.Country}");
            Defined(at + ".kind", p.Kind);
            Defined(at + ".status", p.Status);
            Texts(at + ".builders", p.Builders);
            Texts(at + ".financiers", p.Financiers);
            RequireText(at + ".summary", p.Summary, "summary");
            if (NotNull(at + ".milestones", p.Milestones))
            {
                for (var j = 0; j < p.Milestones.Count; j++)
                {
                    var m = p.Milestones[j];
                    var mAt = $"{at}.milestones[{j}]";
                    if (m is null)
                    {
                        Add(mAt, $"item is null");
                        continue;
                    }

                    Defined(mAt + ".kind", m.Kind);
                    Date(mAt + ".date", m.Date, null);
                    OptionalText(mAt + ".note", m.Note);
                    Sources(mAt, m);
                }
            }

            if (NotNull(at + ".measures", p.Measures))
            {
                for (var j = 0; j < p.Measures.Count; j++)
                {
                    var m = p.Measures[j];
                    var mAt = $"{at}.measures[{j}]";
                    if (m is null)
                    {
                        Add(mAt, $"item is null");
                        continue;
                    }

                    RequireText(mAt + ".label", m.Label, "label");
                    KnownUnit(mAt + ".unit", m.Unit);
                    OptionalText(mAt + ".note", m.Note);
                    if (m.Value < 0)
                    {
                        Add(mAt + ".value", $"negative measure");
                    }
                    else if (m.Value > MaxAmountUsd)
                    {
                        Add(mAt + ".value", $"measure {m.Value} is above the limit of 10^15");
                    }

                    Defined(mAt + ".bound", m.Bound);
                    Sources(mAt, m);
                }
            }

            if (p.Cost is ProjectCost cost)
            {
                Amount(at + ".cost.amount", cost.Amount, "the cost");
                Defined(at + ".cost.bound", cost.Bound);
                Sources(at + ".cost", cost);
            }

            if (NotNull(at + ".financeRecordIds", p.FinanceRecordIds))
            {
                foreach (var id in p.FinanceRecordIds)
                {
                    if (!financeIds.Contains(id))
                    {
                        Add(at + ".financeRecordIds", $"project '{p.Id}' links AidData record {id}, which is not in the finance set");
                    }
                }
            }

            if (NotNull(at + ".investmentRecordIds", p.InvestmentRecordIds))
            {
                foreach (var id in p.InvestmentRecordIds)
                {
                    if (id is null || !investmentIds.Contains(id))
                    {
                        Add(at + ".investmentRecordIds", $"project '{p.Id}' links investment record '{id}', which is not in the investments set");
                    }
                }
            }

            Sources(at, p);
        }
    }
}
