namespace BriData.Notebooks;

/// <summary>A dataset shown as a table of its sets: what a record is, how many there are and the unit of amounts.</summary>
internal static class DatasetSummary
{
    /// <summary>The summary table of <paramref name="dataset"/>; loads every set to count it.</summary>
    public static TableData Create(BriDataset dataset)
    {
        var rows = new (string Set, string Record, int Count, string? Unit)[]
        {
            ("Countries", "a Latin American or Caribbean state, or China", dataset.Countries.Count, null),
            ("Events", "a dated diplomatic or policy event", dataset.Events.Count, null),
            ("Trade", "one reporter's annual exports or imports (IMF DOTS)", dataset.Trade.Count, "USD m, nominal"),
            ("Indicators", "population and GDP of a country-year (World Bank)", dataset.Indicators.Count, "persons; USD, current"),
            ("Finance", "a loan or grant commitment (AidData GCDF 3.0)", dataset.Finance.Count, "USD, constant 2021"),
            ("Investments", "an investment or construction contract (AEI CGIT)", dataset.Investments.Count, "USD, nominal"),
            ("Projects", "a curated flagship project", dataset.Projects.Count, null),
            ("Initiatives", "non-infrastructure cooperation", dataset.Initiatives.Count, null),
            ("TradeHighlights", "a product singled out in trade", dataset.TradeHighlights.Count, null),
            ("Claims", "a published aggregate statement", dataset.Claims.Count, "as published"),
            ("PublishedFigures", "a statistic an official body or database published (trade to 2025, loans)", dataset.PublishedFigures.Count, "USD or CNY, as published"),
            ("AidDataCountryYears", "AidData's complete commitments to a recipient in a year, by flow class", dataset.AidDataCountryYears.Count, "USD, constant 2021"),
            ("Sources", "where the facts come from", dataset.Sources.Count, null),
        };
        var schema = new RecordSchema(
            typeof(BriDataset),
            "BriData " + dataset.Version + " (released " + dataset.Released + ", format " + dataset.FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")",
            [
                new DisplayColumn("Set", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item1)),
                new DisplayColumn("One record is", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item2)),
                new DisplayColumn("Records", null, true, (r, _) => Cell.Text(DisplayText.Number((decimal)(((string, string, int, string?))r).Item3, Units.Count))),
                new DisplayColumn("Amounts in", null, false, (r, _) => Cell.Text((((string, string, int, string?))r).Item4)),
            ]);
        return TableData.Create(rows, schema, null, RecordTable.MaxRowsLimit, DisplayContext.None);
    }
}
