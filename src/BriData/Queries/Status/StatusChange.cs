namespace BriData;

/// <summary>One change in a state's status with China, with the event that made it.</summary>
public sealed class StatusChange
{
    internal StatusChange(CountryCode country, PartialDate date, StatusChangeKind kind, PolicyEvent @event)
    {
        Country = country;
        Date = date;
        Kind = kind;
        Event = @event;
    }

    /// <summary>The Latin American or Caribbean state.</summary>
    public CountryCode Country { get; }

    /// <summary>When, to the precision the event's main source gives.</summary>
    public PartialDate Date { get; }

    /// <summary>What changed.</summary>
    public StatusChangeKind Kind { get; }

    /// <summary>The event behind the change (its sources, alternative dates and notes).</summary>
    public PolicyEvent Event { get; }

    /// <summary>For example <c>2025-02-06 PAN left BRI</c>.</summary>
    public override string ToString() => Date.ToString() + " " + Country + " " + DisplayFormat.Words(Kind);
}
