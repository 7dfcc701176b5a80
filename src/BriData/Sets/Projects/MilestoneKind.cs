namespace BriData;

/// <summary>A dated step in a project's life.</summary>
public enum MilestoneKind
{
    /// <summary>Announced.</summary>
    Announced = 1,
    /// <summary>Agreed or contracted.</summary>
    Agreed = 2,
    /// <summary>Financing signed.</summary>
    FinancingSigned = 3,
    /// <summary>Construction started.</summary>
    ConstructionStarted = 4,
    /// <summary>Inaugurated (ceremony).</summary>
    Inaugurated = 5,
    /// <summary>Operations started.</summary>
    OperationsStarted = 6,
    /// <summary>Completed.</summary>
    Completed = 7,
    /// <summary>Suspended.</summary>
    Suspended = 8,
    /// <summary>Cancelled.</summary>
    Cancelled = 9,
    /// <summary>A contract ended (terminated or settled) while the project itself went on, for example under another builder; not a cancellation of the project.</summary>
    ContractEnded = 10,
}
