namespace BriData.Fuzz;

/// <summary>Where a fuzz property's summary line goes: the test output, and the file named by BRIDATA_FUZZ_REPORT (.ci/fuzz.sh).</summary>
internal static class FuzzReport
{
    /// <summary>Sends <paramref name="summary"/> (one line, ending in a new line), followed by the crash when there was one.</summary>
    public static void Send(string summary, string? failure)
    {
        var text = failure is null ? summary : summary + "crash: " + failure + "\n";
        TestContext.Current.SendDiagnosticMessage(text);
        if (Environment.GetEnvironmentVariable("BRIDATA_FUZZ_REPORT") is { Length: > 0 } path)
        {
            File.AppendAllText(path, text);
        }
    }
}
