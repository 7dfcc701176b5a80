using System.Globalization;
using System.Text;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// aei-cgit: the LAC rows of AEI's China Global Investment Tracker (2021 Fall release, Windows-1252), each told as
/// investment or construction where the 2019 Fall split files allow, plus the 2019 Fall troubled transactions,
/// flagged. Amounts are USD millions nominal of the transaction year.
/// </summary>
internal static class AeiCgitImporter
{
    /// <summary>AEI's own spelling of a country that no other source uses.</summary>
    private static readonly Dictionary<string, string> AeiSpellings = new(StringComparer.Ordinal) { ["Trinidad-Tobago"] = "TTO" };

    public static List<InvestmentRecord> Import(string sourcesDir, CountryBook countries, List<string> report)
    {
        var dir = Path.Combine(sourcesDir, "aei-cgit");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        var combined = Csv.Read(Path.Combine(dir, "cgit_2021fall_combined.csv"), cp1252);
        var investments2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_investments.csv"));
        var construction2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_construction.csv"));
        var troubled2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_troubled.csv"));

        var kinds = AeiKindRecovery.Recover(combined, investments2019, construction2019, report);
        var records = new List<InvestmentRecord>();
        foreach (var row in combined)
        {
            if (!IsLac(row))
            {
                continue;
            }

            var country = CountryOf(row, countries, DatasetSources.Aei2021);
            var year = Parse.Int(row, "Year");
            var month = Parse.Month(row, "Month");
            var amount = Amount(row);
            var (kind, matched) = kinds[row.Number];
            records.Add(new InvestmentRecord
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"cgit-2021f-{row.Number:0000}"),
                Release = "2021 Fall",
                Country = country,
                Date = new PartialDate(year, month),
                Investor = row["Investor"].Trim(),
                Amount = Money.NominalUsdMillions(amount, year),
                SharePercent = Share(row, report),
                TransactionParty = row.Optional("Transaction Party"),
                Sector = row["Sector"].Trim(),
                Subsector = row.Optional("Subsector"),
                Kind = kind,
                IsTroubled = false,
                IsBri = Bri(row),
                IsGreenfield = row["Greenfield"].Trim() == "G",
                SourceIds = matched ? [DatasetSources.Aei2021, DatasetSources.Aei2019] : [DatasetSources.Aei2021],
            });
        }

        foreach (var row in troubled2019)
        {
            if (!IsLac(row))
            {
                continue;
            }

            var country = CountryOf(row, countries, DatasetSources.Aei2019);
            var year = Parse.Int(row, "Year");
            records.Add(new InvestmentRecord
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"cgit-2019t-{row.Number:0000}"),
                Release = "2019 Fall",
                Country = country,
                Date = new PartialDate(year, Parse.Month(row, "Month")),
                Investor = row["Chinese Entity"].Trim(),
                Amount = Money.NominalUsdMillions(Amount(row), year),
                SharePercent = null,
                TransactionParty = row.Optional("Transaction Party"),
                Sector = row["Sector"].Trim(),
                Subsector = row.Optional("Subsector"),
                Kind = row["Greenfield"].Trim() == "G" ? InvestmentKind.Investment : InvestmentKind.Unknown,
                IsTroubled = true,
                IsBri = Bri(row),
                IsGreenfield = row["Greenfield"].Trim() == "G",
                SourceIds = [DatasetSources.Aei2019],
            });
        }

        var lac = records.Where(r => !r.IsTroubled).ToList();
        report.Add($"investments: {lac.Count} LAC rows (2021 Fall): {lac.Count(r => r.Kind == InvestmentKind.Investment)} investment, {lac.Count(r => r.Kind == InvestmentKind.Construction)} construction, {lac.Count(r => r.Kind == InvestmentKind.Unknown)} unknown (USD {lac.Where(r => r.Kind == InvestmentKind.Unknown).Sum(r => r.Amount.AmountUsd) / 1_000_000m:0} m); {records.Count(r => r.IsTroubled)} troubled rows (2019 Fall), {records.Count(r => r.IsTroubled && r.Kind == InvestmentKind.Investment)} of them greenfield investments");
        return records;
    }

    private static bool IsLac(CsvRow row) =>
        row["Region"].Trim() is "South America" or "North America" && row["Country"].Trim() != "Canada";

    private static CountryCode CountryOf(CsvRow row, CountryBook countries, string sourceId)
    {
        var name = row["Country"].Trim();
        var code = AeiSpellings.TryGetValue(name, out var a3) ? CountryCode.Parse(a3) : countries.CodeForName(name, $"{row.Path} record {row.Number}");
        countries.AddSpelling(code, name, sourceId);
        return code;
    }

    private static decimal Amount(CsvRow row)
    {
        var text = row["Quantity in Millions"].Replace("$", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw row.Error($"amount '{row["Quantity in Millions"]}' is not a non-negative number");
    }

    /// <summary>
    /// The share taken. Where AEI lists one share per Chinese investor ("63, 22, 15%" for three investors), the sum is
    /// their combined share, kept when the count of shares equals the count of investors and the sum is at most 100.
    /// </summary>
    private static decimal? Share(CsvRow row, List<string> report)
    {
        var text = row["Share Size"].Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var values = new List<decimal>();
        foreach (var part in parts)
        {
            if (!decimal.TryParse(part.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v <= 0 || v > 100)
            {
                throw row.Error($"share '{text}' is not a list of percentages");
            }

            values.Add(v);
        }

        if (values.Count == 1)
        {
            return values[0];
        }

        var investors = row["Investor"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length;
        var sum = values.Sum();
        if (values.Count == investors && sum <= 100)
        {
            report.Add($"investments: {row.Path} record {row.Number} share '{text}' is one share per investor; kept as their combined share {sum}%");
            return sum;
        }

        report.Add($"investments: {row.Path} record {row.Number} share '{text}' does not pair with its {investors} investors; kept as unknown");
        return null;
    }

    private static bool? Bri(CsvRow row) => row["BRI"].Trim() switch
    {
        "1" => true,
        "0" => false,
        "" => null,
        var other => throw row.Error($"BRI flag '{other}' is not 1, 0 or blank"),
    };
}
