namespace BriData;

/// <summary>A record that names the sources it comes from.</summary>
public interface ISourced
{
    /// <summary>Ids of the <see cref="Source"/> records this record's facts come from; never empty in shipped data.</summary>
    IReadOnlyList<string> SourceIds { get; }
}
