using System.Globalization;
using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// aiddata-gcdf3: the geolocated LAC records of the 33 states (never the unverified candidates file; Curaçao and
/// Sint Maarten records dropped, any other recipient refused), enriched with the 94 richer records' flow type and
/// class, intent and agency types ("NA" read as missing); lender found in the title by <see cref="AidDataLenders"/>;
/// OpenStreetMap links taken out of the raw field whatever separates them; aggregation safety from membership in
/// AidData's recommended-for-aggregates set. Descriptions and staff comments are not shipped.
/// </summary>
internal static partial class AidDataImporter
{
    /// <summary>
    /// Territories in the geolocated file that are not among the 33 states (constituent countries of the Kingdom of the
    /// Netherlands): their records are dropped and counted. Any other recipient outside the 33 stops the build.
    /// </summary>
    private static readonly HashSet<string> DroppedTerritories = new(StringComparer.Ordinal) { "CUW", "SXM" };

    [GeneratedRegex(@"https?://(?:www\.)?openstreetmap\.org/[^\s,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex OsmLinkPattern();

    [GeneratedRegex(@"#\s?(\d{3,6})")]
    private static partial Regex LinkedIdPattern();

    public static List<FinanceRecord> Import(string sourcesDir, CountryBook countries, List<string> report)
    {
        var dir = Path.Combine(sourcesDir, "aiddata-gcdf3");
        var rich = Csv.Read(Path.Combine(dir, "gcdf3_df_filtered_lac.csv")).ToDictionary(r => Parse.Int(r, "AidData Record ID"));
        var recommended = Csv.Read(Path.Combine(dir, "gcdf3_text_lac.csv")).Select(r => Parse.Int(r, "aid_data_record_id")).ToHashSet();
        var records = new List<FinanceRecord>();
        var lenders = 0;
        var dropped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var droppedIds = new HashSet<int>();
        foreach (var row in Csv.Read(Path.Combine(dir, "geogcdf3_final_input_lac.csv")))
        {
            var id = Parse.Int(row, "AidData.Record.ID");
            var iso3 = row["Recipient.ISO-3"].Trim();
            if (DroppedTerritories.Contains(iso3))
            {
                dropped[iso3] = dropped.GetValueOrDefault(iso3) + 1;
                droppedIds.Add(id);
                continue;
            }

            var recipient = CountryCode.TryParse(iso3, out var code) && countries.Contains(code) && code != CountryCode.China
                ? code
                : throw row.Error($"recipient '{row["Recipient"]}' ({iso3}) is not one of the 33 Latin American and Caribbean states; drop it on purpose (DroppedTerritories) or fix the source");
            countries.AddSpelling(recipient, row["Recipient"], DatasetSources.AidDataGeo);
            var title = row["Title"].Trim();
            var lender = AidDataLenders.Find(title);
            lenders += lender is null ? 0 : 1;
            var amount = Parse.OptionalDecimal(row, "Amount.(Constant.USD.2021)");
            if (amount < 0)
            {
                throw row.Error("negative amount");
            }

            var sources = new List<string> { DatasetSources.AidDataGeo };
            rich.TryGetValue(id, out var r);
            if (r is not null)
            {
                sources.Add(DatasetSources.AidDataRich);
                if (Parse.OptionalDecimal(r, "Adjusted Amount (Constant USD 2021)") is decimal adjusted && amount is decimal a && Math.Abs(adjusted - a) > 1m)
                {
                    report.Add($"finance: record {id} amount {a} (geo file) differs from {adjusted} (extract)");
                }
            }

            var isRecommended = recommended.Contains(id);
            if (isRecommended)
            {
                sources.Add(DatasetSources.AidDataText);
            }

            records.Add(new FinanceRecord
            {
                Id = id,
                Recipient = recipient,
                Title = title,
                Lender = lender,
                Amount = amount is decimal v ? Money.ConstantUsd2021(v) : null,
                CommitmentYear = Parse.Int(row, "Commitment.Year"),
                CommitmentDate = Parse.OptionalDate(row, "Commitment.Date.(MM/DD/YYYY)"),
                ImplementationStart = Parse.OptionalDate(row, "Actual.Implementation.Start.Date.(MM/DD/YYYY)")
                    ?? (Parse.OptionalInt(row, "Implementation.Start.Year") is int sy ? new PartialDate(sy) : null),
                Completion = Parse.OptionalDate(row, "Actual.Completion.Date.(MM/DD/YYYY)")
                    ?? (Parse.OptionalInt(row, "Completion.Year") is int cy ? new PartialDate(cy) : null),
                Status = row["Status"].Trim() switch
                {
                    "Completion" => FinanceStatus.Completion,
                    "Implementation" => FinanceStatus.Implementation,
                    "Pipeline: Commitment" => FinanceStatus.PipelineCommitment,
                    var other => throw row.Error($"unknown status '{other}'"),
                },
                Sector = Text(row, "Sector.Name") ?? throw row.Error("no sector"),
                IsInfrastructure = row["Infrastructure"].Trim() == "Yes",
                IsAggregationSafe = isRecommended,
                LinkedRecordIds = LinkedIdPattern().Matches(title).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(x => x != id).Distinct().ToList(),
                FlowType = Text(r, "Flow Type Simplified"),
                FlowClass = Text(r, "Flow Class"),
                Intent = Text(r, "Intent"),
                FundingAgencyType = Text(r, "Funding Agencies Type"),
                ImplementingAgencyType = Text(r, "Implementing Agencies Type"),
                OsmLinks = OsmLinks(row["OSM.link"]),
                IncomeGroup = Text(r, "OECD ODA Income Group"),
                LocationPrecision = Text(row, "Level.of.precision"),
                SourceIds = sources,
            });
        }

        var missingRich = rich.Keys.Where(k => !droppedIds.Contains(k) && records.All(f => f.Id != k)).ToList();
        if (missingRich.Count > 0)
        {
            throw new InvalidDataException($"aiddata: {missingRich.Count} extract records are not in the geolocated file");
        }

        report.Add($"finance: {records.Count} records, {records.Count(r => r.Amount is not null)} with an amount, {rich.Count} enriched, {records.Count(r => r.OsmLinks.Count > 0)} with OpenStreetMap links ({records.Sum(r => r.OsmLinks.Count)} links), {records.Count(r => !r.IsAggregationSafe)} not in the recommended-for-aggregates set; dropped {string.Join(", ", dropped.Select(d => $"{d.Value} {d.Key}"))} (not one of the 33 states)");
        report.Add($"finance: lender found in {lenders} titles, {records.Where(r => r.Lender is not null).Select(r => r.Lender).Distinct(StringComparer.Ordinal).Count()} distinct names");
        return records.OrderBy(r => r.Id).ToList();
    }

    /// <summary>A text field; AidData writes "NA" for a missing value, read as null like a blank.</summary>
    private static string? Text(CsvRow? row, string column) => row?.Optional(column) is { } v && v != "NA" ? v : null;

    /// <summary>
    /// Every well-formed http(s) OpenStreetMap link in the raw field, whatever separates them (commas, new lines,
    /// spaces, "and", semicolons, labels such as "St. John's:"), in order, without duplicates.
    /// </summary>
    internal static List<string> OsmLinks(string raw)
    {
        var links = new List<string>();
        foreach (Match m in OsmLinkPattern().Matches(raw))
        {
            var link = m.Value.TrimEnd('.', '\\', ')', '\'', '"');
            if (Uri.TryCreate(link, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https"
                && uri.Host is "www.openstreetmap.org" or "openstreetmap.org"
                && uri.AbsolutePath.Length > 1
                && !links.Contains(link, StringComparer.Ordinal))
            {
                links.Add(link);
            }
        }

        return links;
    }
}
