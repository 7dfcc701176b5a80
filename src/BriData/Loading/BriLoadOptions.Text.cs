namespace BriData;

/// <summary>The readable text of <see cref="BriLoadOptions"/> (kept apart from the limits themselves).</summary>
public sealed partial class BriLoadOptions
{
    /// <summary>For example <c>load limits: files up to 67,108,864 bytes, depth 32, strings up to 100,000 characters, 2,000,000 records per set</c>.</summary>
    public override string ToString() =>
        "load limits: files up to " + DisplayFormat.Count(MaxFileBytes) + " bytes, depth " + DisplayFormat.Count(MaxDepth)
        + ", strings up to " + DisplayFormat.Count(MaxStringLength) + " characters, " + DisplayFormat.Count(MaxRecordsPerSet) + " records per set";
}
