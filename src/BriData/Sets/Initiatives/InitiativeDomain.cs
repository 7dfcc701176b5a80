namespace BriData;

/// <summary>The field of a non-infrastructure cooperation initiative.</summary>
public enum InitiativeDomain
{
    /// <summary>Another field.</summary>
    Other = 0,
    /// <summary>National development strategies and planning.</summary>
    DevelopmentPlanning = 1,
    /// <summary>Industrial development plans.</summary>
    IndustrialPlanning = 2,
    /// <summary>Human-resource development and training.</summary>
    HumanResources = 3,
    /// <summary>Agricultural techniques and technology.</summary>
    Agriculture = 4,
    /// <summary>Food aid.</summary>
    FoodAid = 5,
    /// <summary>Disaster relief and reconstruction.</summary>
    DisasterRelief = 6,
    /// <summary>Health services.</summary>
    Health = 7,
    /// <summary>Climate change capacity.</summary>
    Climate = 8,
    /// <summary>Science and technology.</summary>
    ScienceTechnology = 9,
    /// <summary>Education.</summary>
    Education = 10,
}
