using System.Globalization;

namespace BriData.DataBuilder;

/// <summary>Strict, invariant-culture parsing of source values, with errors naming the row.</summary>
internal static class Parse
{
    public static decimal Decimal(CsvRow row, string column)
    {
        var text = row[column].Trim();
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw row.Error($"column '{column}' is not a number: '{text}'");
    }

    public static decimal? OptionalDecimal(CsvRow row, string column)
    {
        var text = row[column].Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw row.Error($"column '{column}' is not a number: '{text}'");
    }

    public static int Int(CsvRow row, string column)
    {
        var text = row[column].Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw row.Error($"column '{column}' is not an integer: '{text}'");
    }

    public static int? OptionalInt(CsvRow row, string column) => row[column].Trim().Length == 0 ? null : Int(row, column);

    public static PartialDate? OptionalDate(CsvRow row, string column)
    {
        var text = row[column].Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return PartialDate.TryParse(text, out var value) ? value : throw row.Error($"column '{column}' is not a partial date: '{text}'");
    }

    public static PartialDate DateWithPrecision(CsvRow row, string dateColumn, string precisionColumn)
    {
        var date = OptionalDate(row, dateColumn) ?? throw row.Error($"column '{dateColumn}' is empty");
        var precision = row[precisionColumn].Trim();
        var expected = precision switch
        {
            "day" or "day_range" => DatePrecision.Day,
            "month" => DatePrecision.Month,
            "year" => DatePrecision.Year,
            "as_of" => date.Precision,
            _ => throw row.Error($"unknown date precision '{precision}'"),
        };
        return date.Precision == expected ? date : throw row.Error($"date '{date}' does not have the stated precision '{precision}'");
    }

    public static int Month(CsvRow row, string column)
    {
        var text = row[column].Trim();
        var index = Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, m => string.Equals(m, text, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index + 1 : throw row.Error($"column '{column}' is not an English month name: '{text}'");
    }
}
