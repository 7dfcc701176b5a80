namespace BriData;

/// <summary>What kind of thing a <see cref="Source"/> is.</summary>
public enum SourceKind
{
    /// <summary>A published dataset or data file (AidData, IMF DOTS, World Bank, AEI).</summary>
    Dataset = 1,

    /// <summary>A news article or opinion piece.</summary>
    NewsArticle = 2,

    /// <summary>A page of a government, ministry, bank or international organisation.</summary>
    OfficialPage = 3,

    /// <summary>Any other web page (company pages, trade press, encyclopaedias).</summary>
    WebPage = 4,
}
