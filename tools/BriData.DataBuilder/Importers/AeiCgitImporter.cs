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
        var investments2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_investments.csv")).Where(IsLac).ToList();
        var construction2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_construction.csv")).Where(IsLac).ToList();
        var troubled2019 = Csv.Read(Path.Combine(dir, "cgit_2019fall_troubled.csv"));

        var records = new List<InvestmentRecord>();
        int byMonth = 0, byYear = 0, unknown = 0;
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
            var kind = Recover(row, countries, investments2019, construction2019, year, month, country, amount, ref byMonth, ref byYear, ref unknown);
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
                SourceIds = kind == InvestmentKind.Unknown ? [DatasetSources.Aei2021] : [DatasetSources.Aei2021, DatasetSources.Aei2019],
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
                Kind = InvestmentKind.Unknown,
                IsTroubled = true,
                IsBri = Bri(row),
                IsGreenfield = row["Greenfield"].Trim() == "G",
                SourceIds = [DatasetSources.Aei2019],
            });
        }

        report.Add($"investments: {records.Count(r => !r.IsTroubled)} LAC rows (2021 Fall), kind recovered from 2019 Fall for {byMonth} by year+month+amount and {byYear} by year+amount, {unknown} unknown; {records.Count(r => r.IsTroubled)} troubled rows (2019 Fall)");
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

    private static decimal? Share(CsvRow row, List<string> report)
    {
        var text = row["Share Size"].Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.EndsWith('%') && decimal.TryParse(text[..^1], NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
        {
            return percent;
        }

        report.Add($"investments: {row.Path} record {row.Number} share '{text}' names several partners; kept as unknown");
        return null;
    }

    private static bool? Bri(CsvRow row) => row["BRI"].Trim() switch
    {
        "1" => true,
        "0" => false,
        "" => null,
        var other => throw row.Error($"BRI flag '{other}' is not 1, 0 or blank"),
    };

    private static InvestmentKind Recover(CsvRow row, CountryBook countries, List<CsvRow> investments, List<CsvRow> construction, int year, int month, CountryCode country, decimal amount, ref int byMonth, ref int byYear, ref int unknown)
    {
        bool Same(CsvRow r, bool withMonth) =>
            Parse.Int(r, "Year") == year && (!withMonth || Parse.Month(r, "Month") == month)
            && (AeiSpellings.TryGetValue(r["Country"].Trim(), out var a3) ? CountryCode.Parse(a3) : countries.CodeForName(r["Country"].Trim(), r.Path)) == country
            && Parse.Decimal(r, "Quantity in Millions") == amount;

        foreach (var withMonth in new[] { true, false })
        {
            var inv = investments.Count(r => Same(r, withMonth));
            var con = construction.Count(r => Same(r, withMonth));
            if (inv + con == 1)
            {
                if (withMonth)
                {
                    byMonth++;
                }
                else
                {
                    byYear++;
                }

                return inv == 1 ? InvestmentKind.Investment : InvestmentKind.Construction;
            }
        }

        unknown++;
        return InvestmentKind.Unknown;
    }
}
