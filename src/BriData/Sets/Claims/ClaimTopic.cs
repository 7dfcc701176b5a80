namespace BriData;

/// <summary>What a published claim is about; decides which data can check it.</summary>
public enum ClaimTopic
{
    /// <summary>Anything else.</summary>
    Other = 0,
    /// <summary>A count of infrastructure projects.</summary>
    InfrastructureProjects = 1,
    /// <summary>Length of roads, railways or light rail built.</summary>
    TransportLength = 2,
    /// <summary>Schools, hospitals and sports facilities built.</summary>
    SocialFacilities = 3,
    /// <summary>Bridges and tunnels built.</summary>
    BridgesAndTunnels = 4,
    /// <summary>Airports and ports built.</summary>
    AirportsAndPorts = 5,
    /// <summary>Local jobs created.</summary>
    JobsCreated = 6,
    /// <summary>Bilateral goods trade value (exports plus imports).</summary>
    BilateralTrade = 7,
    /// <summary>A partner's exports to China.</summary>
    ExportsToChina = 8,
    /// <summary>China's share of a country's exports.</summary>
    ExportShare = 9,
    /// <summary>China's rank among a country's trading partners.</summary>
    PartnerRank = 10,
    /// <summary>Number of leaders or countries at a meeting.</summary>
    LeadersMet = 11,
}
