namespace BriData;

/// <summary>Whose statistics a <see cref="PublishedFigure"/> states: the body that measured it, not the page that printed it.</summary>
public enum PublishedBasis
{
    /// <summary>China's General Administration of Customs (GAC), directly or in a compilation of its data; China-reported trade.</summary>
    ChinaCustoms = 1,

    /// <summary>China's Ministry of Commerce (MOFCOM), which republishes customs totals.</summary>
    ChinaCommerceMinistry = 2,

    /// <summary>China's Ministry of Foreign Affairs (spokespersons, country profiles).</summary>
    ChinaForeignMinistry = 3,

    /// <summary>A Chinese official (speech, ambassador, "official data") who does not name the statistic's source.</summary>
    ChinaOfficialUnspecified = 4,

    /// <summary>The Latin American or Caribbean state's own statistics (partner-reported trade).</summary>
    PartnerReported = 5,

    /// <summary>The UN Economic Commission for Latin America and the Caribbean (ECLAC/CEPAL).</summary>
    Eclac = 6,

    /// <summary>The Inter-American Dialogue and Boston University's Chinese loans to Latin America and the Caribbean database.</summary>
    LoanDatabase = 7,
}
