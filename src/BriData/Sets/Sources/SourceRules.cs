namespace BriData.Validation;

/// <summary>The rules of the sources set.</summary>
internal static partial class DatasetValidator
{
    internal sealed partial class Run
    {
        /// <summary>The sources set's rules: each source's own, and a set that is not empty (every record cites one).</summary>
        internal SetRules<Source> SourceSetRules() => new(CheckSource, sources =>
        {
            if (sources.Count == 0)
            {
                Add("$.records", $"the sources set is empty; every record must cite a source");
            }
        });

        private void CheckSource(Source s, string at)
        {
            if (string.IsNullOrWhiteSpace(s.Id) || !sourceIds.Add(s.Id))
            {
                Add(at + ".id", $"source id '{s.Id}' is empty or duplicated");
            }

            Defined(at + ".kind", s.Kind);
            RequireText(at + ".publisher", s.Publisher, "publisher");
            RequireText(at + ".title", s.Title, "title");
            if (!Uri.TryCreate(s.Address, UriKind.Absolute, out _))
            {
                Add(at + ".address", $"source '{s.Id}' has an address that is not an absolute URL: '{s.Address}'");
            }

            RequireText(at + ".licence", s.Licence, "licence");
            Date(at + ".published", s.Published, null);
            Date(at + ".retrievedOn", s.RetrievedOn, DatePrecision.Day);
        }
    }
}
