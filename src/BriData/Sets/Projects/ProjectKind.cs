namespace BriData;

/// <summary>The physical kind of a flagship project.</summary>
public enum ProjectKind
{
    /// <summary>Another kind of project.</summary>
    Other = 0,
    /// <summary>A sea or river port or terminal.</summary>
    Port = 1,
    /// <summary>A highway or motorway.</summary>
    Highway = 2,
    /// <summary>A road.</summary>
    Road = 3,
    /// <summary>A heavy or freight railway.</summary>
    Railway = 4,
    /// <summary>A light railway or tram-train.</summary>
    LightRail = 5,
    /// <summary>A metro line.</summary>
    Metro = 6,
    /// <summary>A hydroelectric plant.</summary>
    Hydropower = 7,
    /// <summary>A solar plant or solar microgrids.</summary>
    Solar = 8,
    /// <summary>A wind farm.</summary>
    Wind = 9,
    /// <summary>A thermal power plant.</summary>
    Thermal = 10,
    /// <summary>Power transmission lines.</summary>
    Transmission = 11,
    /// <summary>A bridge.</summary>
    Bridge = 12,
    /// <summary>A tunnel.</summary>
    Tunnel = 13,
    /// <summary>An airport.</summary>
    Airport = 14,
    /// <summary>Water supply or sanitation.</summary>
    Water = 15,
    /// <summary>Telecommunications.</summary>
    Telecom = 16,
    /// <summary>A stadium or sports facility.</summary>
    Stadium = 17,
    /// <summary>A hospital.</summary>
    Hospital = 18,
}
