using static BriData.Validation.DomainLimits;

namespace BriData.Validation;

/// <summary>The rules of the policy events set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The events set's rules.</summary>
        internal SetRules<PolicyEvent> EventSetRules() => new(CheckEvent);

        private void CheckEvent(PolicyEvent e, string at)
        {
            UniqueId(at, e.Id, eventIds);
            Defined(at + ".kind", e.Kind);
            if (e.Country is CountryCode code)
            {
                KnownCountry(at + ".country", code, $"event '{e.Id}' names unknown country {code}");
            }

            Date(at + ".date", e.Date, null);
            if (e.Date is PartialDate d && d.Year != 0 && (d.Year < FirstEventYear || d.Year > lastYear))
            {
                Add(at + ".date", $"event '{e.Id}' date {d} is out of range");
            }

            Date(at + ".endDate", e.EndDate, null);
            if (e.EndDate is PartialDate end && end.Year != 0 && (e.Date is not PartialDate start || start.Year == 0 || end.Start < start.Start))
            {
                Add(at + ".endDate", $"event '{e.Id}' ends ({end}) before it starts");
            }

            if (e.AlternativeDates is null)
            {
                Add(at + ".alternativeDates", $"the list is missing (use an empty list)");
            }
            else
            {
                for (var j = 0; j < e.AlternativeDates.Count; j++)
                {
                    var alt = e.AlternativeDates[j];
                    var altAt = $"{at}.alternativeDates[{j}]";
                    if (alt is null)
                    {
                        Add(altAt, $"item is null");
                        continue;
                    }

                    Date(altAt + ".date", alt.Date, null);
                    OptionalText(altAt + ".note", alt.Note);
                    Sources(altAt, alt);
                }
            }

            RequireText(at + ".title", e.Title, "title");
            Sources(at, e);
        }
    }
}
