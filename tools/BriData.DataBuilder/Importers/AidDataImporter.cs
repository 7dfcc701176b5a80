using System.Globalization;
using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// aiddata-gcdf3: the 1,188 geolocated LAC records (never the unverified candidates file), enriched with the 94
/// richer records' flow type and class, intent and agency types; lender parsed from the title; aggregation
/// safety from membership in AidData's recommended-for-aggregates set. Descriptions and staff comments are not
/// shipped.
/// </summary>
internal static partial class AidDataImporter
{
    [GeneratedRegex(@"^\[?(?<lender>.+?)\s+(?:provides?|donates?|grants?|lends|loans|contributes|finances|funds|extends|issues|offers|approves|commits|pledges|gives|supplies|delivers|hands over|awards|disburses|signs|sends|agrees to provide|to provide)\b")]
    private static partial Regex LenderPattern();

    [GeneratedRegex(@"#\s?(\d{3,6})")]
    private static partial Regex LinkedIdPattern();

    public static List<FinanceRecord> Import(string sourcesDir, CountryBook countries, List<string> report)
    {
        var dir = Path.Combine(sourcesDir, "aiddata-gcdf3");
        var rich = Csv.Read(Path.Combine(dir, "gcdf3_df_filtered_lac.csv")).ToDictionary(r => Parse.Int(r, "AidData Record ID"));
        var recommended = Csv.Read(Path.Combine(dir, "gcdf3_text_lac.csv")).Select(r => Parse.Int(r, "aid_data_record_id")).ToHashSet();
        var records = new List<FinanceRecord>();
        var lenders = 0;
        foreach (var row in Csv.Read(Path.Combine(dir, "geogcdf3_final_input_lac.csv")))
        {
            var id = Parse.Int(row, "AidData.Record.ID");
            var recipient = CountryCode.Parse(row["Recipient.ISO-3"]);
            countries.AddSpelling(recipient, row["Recipient"], DatasetSources.AidDataGeo);
            var title = row["Title"].Trim();
            var lender = ParseLender(title);
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
                Sector = row["Sector.Name"].Trim(),
                IsInfrastructure = row["Infrastructure"].Trim() == "Yes",
                IsAggregationSafe = isRecommended,
                LinkedRecordIds = LinkedIdPattern().Matches(title).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Where(x => x != id).Distinct().ToList(),
                FlowType = r?.Optional("Flow Type Simplified"),
                FlowClass = r?.Optional("Flow Class"),
                Intent = r?.Optional("Intent"),
                FundingAgencyType = r?.Optional("Funding Agencies Type"),
                ImplementingAgencyType = r?.Optional("Implementing Agencies Type"),
                OsmLinks = row["OSM.link"].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("http", StringComparison.Ordinal)).ToList(),
                LocationPrecision = row.Optional("Level.of.precision"),
                SourceIds = sources,
            });
        }

        var missingRich = rich.Keys.Where(k => records.All(f => f.Id != k)).ToList();
        if (missingRich.Count > 0)
        {
            throw new InvalidDataException($"aiddata: {missingRich.Count} extract records are not in the geolocated file");
        }

        report.Add($"finance: {records.Count} records, {records.Count(r => r.Amount is not null)} with an amount, {rich.Count} enriched, {lenders} lenders parsed from titles, {records.Count(r => !r.IsAggregationSafe)} not in the recommended-for-aggregates set");
        return records.OrderBy(r => r.Id).ToList();
    }

    internal static string? ParseLender(string title)
    {
        var m = LenderPattern().Match(title);
        if (!m.Success)
        {
            return null;
        }

        var lender = m.Groups["lender"].Value.Trim().TrimStart('[').Trim();
        return lender.Length is > 1 and <= 80 ? lender : null;
    }
}
