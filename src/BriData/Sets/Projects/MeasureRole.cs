namespace BriData;

/// <summary>
/// What a project measure stands for when BriData computes with it, curated with the measure
/// (<see cref="ProjectMeasure.Role"/>); a measure without a role is shown, never added up.
/// </summary>
public enum MeasureRole
{
    /// <summary>The length of the road, railway or line the project builds (in km): what claims about kilometres built add up.</summary>
    RouteLength = 1,
}
