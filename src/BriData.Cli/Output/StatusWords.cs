namespace BriData.Cli.Output;

/// <summary>The status values of <see cref="CountryStatus"/> as short phrases for the terminal.</summary>
internal static class StatusWords
{
    /// <summary>Diplomatic recognition as a phrase.</summary>
    public static string Of(DiplomaticRecognition recognition) => recognition switch
    {
        DiplomaticRecognition.PeoplesRepublicOfChina => "relations with the PRC (Beijing)",
        DiplomaticRecognition.Taipei => "recognises Taipei",
        DiplomaticRecognition.NoRelationsWithPrc => "no relations with the PRC",
        DiplomaticRecognition.Unknown => "unknown (no dated event in the data)",
        _ => Display.Words(recognition),
    };

    /// <summary>Belt and Road status as a phrase.</summary>
    public static string Of(BriStatus status) => status switch
    {
        BriStatus.None => "not a member",
        BriStatus.Member => "member",
        BriStatus.Withdrawn => "withdrawn",
        BriStatus.Declined => "declined to join",
        _ => Display.Words(status),
    };

    /// <summary>Free trade agreement stage as a phrase.</summary>
    public static string Of(FtaStage stage) => stage == FtaStage.None ? "none" : Display.Words(stage);

    /// <summary>AIIB stage as a phrase.</summary>
    public static string Of(AiibStage stage) => stage == AiibStage.None ? "none" : Display.Words(stage);
}
