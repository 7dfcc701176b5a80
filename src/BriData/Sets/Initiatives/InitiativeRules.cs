namespace BriData.Validation;

/// <summary>The rules of the initiatives and trade highlights sets.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The initiatives set's rules, with the ids seen so far.</summary>
        internal SetRules<Initiative> InitiativeSetRules()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            return new((r, at) => CheckInitiative(r, at, ids));
        }

        /// <summary>The trade highlights set's rules, with the ids seen so far.</summary>
        internal SetRules<TradeHighlight> HighlightSetRules()
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            return new((r, at) => CheckHighlight(r, at, ids));
        }

        private void CheckInitiative(Initiative r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            RequireText(at + ".title", r.Title, "title");
            Defined(at + ".domain", r.Domain);
            if (NotNull(at + ".countries", r.Countries))
            {
                foreach (var code in r.Countries)
                {
                    KnownCountry(at + ".countries", code, $"initiative '{r.Id}' names unknown country {code}");
                }
            }

            Date(at + ".started", r.Started, null);
            RequireText(at + ".summary", r.Summary, "summary");
            Sources(at, r);
        }

        private void CheckHighlight(TradeHighlight r, string at, HashSet<string> ids)
        {
            UniqueId(at, r.Id, ids);
            KnownCountry(at + ".country", r.Country, $"highlight '{r.Id}' names unknown country {r.Country}");
            RequireText(at + ".product", r.Product, "product");
            OptionalText(at + ".hsCode", r.HsCode);
            OptionalText(at + ".note", r.Note);
            Sources(at, r);
        }
    }
}
