using System.Globalization;

namespace BriData.Notebooks;

/// <summary>Cards for BriData's derived results: a metric series (its unit, its sources, its values) and a country profile.</summary>
internal static class DerivedCards
{
    /// <summary>
    /// A series as a card: what is measured, in which unit, over which years, from which sources, and a table of
    /// every year's value (a missing year shows as "—").
    /// </summary>
    public static RecordCard Series(MetricSeries series, DisplayContext context)
    {
        var years = series.FirstYear is int first ? first.ToString(CultureInfo.InvariantCulture) + "–" + series.LastYear!.Value.ToString(CultureInfo.InvariantCulture) : null;
        var fields = new (string, Cell)[]
        {
            ("Entity", Cell.Text(CountryCode.TryParse(series.Entity, out var code) && series.Entity.Length == 3 ? context.CountryLabel(code) : series.Entity)),
            ("Measure", Cell.Text(series.Measure)),
            ("Unit", Cell.Text(series.Unit)),
            ("Years", Cell.Text(years)),
            ("Missing years", Cell.Text(series.Count(p => p.Value is null).ToString(CultureInfo.InvariantCulture))),
            ("Sources", SchemaBuilder<object>.SourceLinks(series.SourceIds, context)),
        };
        var schema = new RecordSchema(
            typeof(YearValue),
            "Values",
            [
                new DisplayColumn("Year", null, true, (r, _) => Cell.Text(((YearValue)r).Year.ToString(CultureInfo.InvariantCulture))),
                new DisplayColumn("Value", series.Unit, true, (r, _) => ((YearValue)r).Value is decimal v ? Cell.Text(DisplayText.Number(v, series.Unit)) : Cell.Missing),
            ]);
        var table = TableData.Create(series, schema, "Values", RecordTable.MaxRowsLimit, context);
        return new RecordCard(series.ToString(), "Series", fields, [table]);
    }

    /// <summary>A country profile as a card: how many records of each kind the release holds, then its events, projects and claims.</summary>
    public static RecordCard Profile(CountryProfile profile, DisplayContext context)
    {
        static Cell Count(int n) => Cell.Text(n.ToString("#,##0", CultureInfo.InvariantCulture));
        var fields = new (string, Cell)[]
        {
            ("Country", Cell.Text(context.CountryLabel(profile.Country.Code))),
            ("Events", Count(profile.Events.Count)),
            ("Trade records", Count(profile.Trade.Count)),
            ("Indicator years", Count(profile.Indicators.Count)),
            ("Finance records", Count(profile.Finance.Count)),
            ("Investment records", Count(profile.Investments.Count)),
            ("Flagship projects", Count(profile.Projects.Count)),
            ("Initiatives", Count(profile.Initiatives.Count)),
            ("Trade highlights", Count(profile.TradeHighlights.Count)),
            ("Claims", Count(profile.Claims.Count)),
        };
        var tables = new (string Title, IReadOnlyList<object> Records)[]
            {
                ("Events", profile.Events),
                ("Flagship projects", profile.Projects),
                ("Claims", profile.Claims),
            }
            .Where(t => t.Records.Count > 0)
            .Select(t => TableData.Nested(t.Title, t.Records, context))
            .ToArray();
        return new RecordCard(profile.Country.ToString(), "Country profile", fields, tables);
    }
}
