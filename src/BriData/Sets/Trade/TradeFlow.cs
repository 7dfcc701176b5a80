namespace BriData;

/// <summary>The direction of a trade value, seen from the reporter.</summary>
public enum TradeFlow
{
    /// <summary>The reporter's exports to the partner, valued free on board (FOB).</summary>
    ExportsFob = 1,

    /// <summary>The reporter's imports from the partner, valued with cost, insurance and freight (CIF).</summary>
    ImportsCif = 2,
}
