namespace BriData;

/// <summary>One change in a state's status with China, with the event that made it.</summary>
/// <param name="Country">The Latin American or Caribbean state.</param>
/// <param name="Date">When, to the precision the event's main source gives.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Event">The event behind the change (its sources, alternative dates and notes).</param>
public sealed record StatusChange(CountryCode Country, PartialDate Date, StatusChangeKind Kind, PolicyEvent Event)
{
    /// <summary>For example <c>2025-02-06 PAN left BRI</c>.</summary>
    public override string ToString() => Date.ToString() + " " + Country + " " + DisplayFormat.Words(Kind);
}
