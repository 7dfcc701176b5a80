namespace BriData;

/// <summary>Status of a flagship project as its latest source states it.</summary>
public enum ProjectStatus
{
    /// <summary>Announced or agreed, not yet under construction.</summary>
    Planned = 1,
    /// <summary>Under construction.</summary>
    UnderConstruction = 2,
    /// <summary>In operation (fully or a first phase).</summary>
    Operational = 3,
    /// <summary>Suspended.</summary>
    Suspended = 4,
    /// <summary>Cancelled.</summary>
    Cancelled = 5,
}
