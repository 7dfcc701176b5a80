namespace BriData;

/// <summary>Which China a Latin American or Caribbean state has relations with on a given day, as the events show it.</summary>
public enum DiplomaticRecognition
{
    /// <summary>No relations event for the state is dated on or before the day: the data does not say.</summary>
    Unknown = 0,

    /// <summary>Diplomatic relations with the People's Republic of China are in force.</summary>
    PeoplesRepublicOfChina = 1,

    /// <summary>The state recognises the Republic of China (Taipei) and has no relations with the PRC.</summary>
    Taipei = 2,

    /// <summary>
    /// Neither government is recognised: relations with the PRC were suspended, or relations with Taipei ended,
    /// and no later relations with either are recorded.
    /// </summary>
    NoRelationsWithPrc = 3,
}
