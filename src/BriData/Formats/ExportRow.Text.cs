namespace BriData.Formats;

/// <summary>The readable text of <see cref="ExportRow"/> (kept apart from its readers).</summary>
internal sealed partial class ExportRow
{
    /// <summary>For example <c>row 3 of finance.csv (line 4)</c>; "with problems" when a value failed to read.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"row {Index + 1} of {File} (line {Line}){(HasProblems ? ", with problems" : string.Empty)}");
}
