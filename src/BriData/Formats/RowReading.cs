namespace BriData.Formats;

/// <summary>Builds one record from an <see cref="ExportRow"/>, turning a failure of the row's reader into a problem.</summary>
internal static class RowReading
{
    public static bool TryRead<T>(ColumnTable<T> schema, ExportRow row, out T record)
    {
        try
        {
            record = schema.Read(row);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            row.Problem("*", ex.Message);
            record = default!;
            return false;
        }

        if (row.HasProblems || record is null)
        {
            if (!row.HasProblems)
            {
                row.Problem("*", "the row could not be read");
            }

            record = default!;
            return false;
        }

        return true;
    }
}
