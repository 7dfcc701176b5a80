namespace BriData.DataBuilder;

/// <summary>
/// The upstream files the build reads, one <see cref="Source"/> each, with the publisher, licence and version
/// their PROVENANCE.md records. Ids are stable: records cite them.
/// </summary>
internal static class DatasetSources
{
    public const string UnM49 = "un-m49-country-codes";
    public const string Mledoze = "mledoze-countries";
    public const string Stefangabos = "stefangabos-world-countries";
    public const string PrcRelations = "prc-diplomatic-relations";
    public const string BriDocuments = "bri-cooperation-documents";
    public const string Fta = "china-lac-fta";
    public const string Aiib = "aiib-membership";
    public const string CelacForum = "china-celac-forum";
    public const string TradeNews = "china-lac-trade-figures-news";
    public const string ImfDots = "imf-dots";
    public const string WbPopulation = "wb-population";
    public const string WbGdp = "wb-gdp";
    public const string AidDataGeo = "aiddata-gcdf3-geo";
    public const string AidDataRich = "aiddata-gcdf3-extract";
    public const string AidDataText = "aiddata-gcdf3-recommended";
    public const string Aei2021 = "aei-cgit-2021-fall";
    public const string Aei2019 = "aei-cgit-2019-fall";
    public const string AidDataCountryYear = "aiddata-gcdf3-country-year";

    public static IEnumerable<Source> All()
    {
        var on = SourceRegistry.RetrievedOn;
        yield return new Source { Id = UnM49, Kind = SourceKind.Dataset, Publisher = "Open Knowledge / datahub.io (compiled from UN M49, UNTERM, ISO 4217, CLDR)", Title = "Comprehensive country codes (datasets/country-codes, data/country-codes.csv)", Address = "https://github.com/datasets/country-codes", Licence = "ODC-PDDL-1.0 (ISO code rights status unclear)", Version = "caa72d1e0e5af8876c170bb36a9e4d64a01bba88", RetrievedOn = on };
        yield return new Source { Id = Mledoze, Kind = SourceKind.Dataset, Publisher = "Mohammed Le Doze et al.", Title = "mledoze/countries: world countries in JSON (countries.json)", Address = "https://github.com/mledoze/countries", Licence = "ODbL-1.0", Version = "5e9f370050f83ad2ba4cb885f75d66114badf72c", RetrievedOn = on, Note = "Names, aliases and translations only; ODbL share-alike applies to this derived table of names." };
        yield return new Source { Id = Stefangabos, Kind = SourceKind.Dataset, Publisher = "Stefan Gabos", Title = "World countries: ISO 3166 names in en, es, pt and zh (data/countries/*/countries.csv)", Address = "https://github.com/stefangabos/world_countries", Licence = "CC BY-SA 4.0", Version = "7edbb1e30ddc9b616ee07f76a3cad3af2416b618", RetrievedOn = on };
        yield return new Source { Id = PrcRelations, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "Dates of diplomatic relations between the PRC and the 33 LAC states; Taipei recognisers (prc-diplomatic-relations-lac.csv)", Address = "urn:bridata:shared-sources:prc-diplomatic-relations", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = BriDocuments, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "Belt and Road cooperation documents signed by LAC states (bri-cooperation-documents-lac.csv)", Address = "urn:bridata:shared-sources:bri-cooperation-documents", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = Fta, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "China's free trade agreements with LAC states (china-lac-fta-events.csv)", Address = "urn:bridata:shared-sources:china-lac-fta", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = Aiib, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "LAC states and the Asian Infrastructure Investment Bank (aiib-membership-events-lac.csv)", Address = "urn:bridata:shared-sources:aiib-membership", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = CelacForum, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "China–CELAC Forum ministerial meetings (china-celac-forum-meetings.csv)", Address = "urn:bridata:shared-sources:china-celac-forum", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = TradeNews, Kind = SourceKind.Dataset, Publisher = "BriData shared sources (hand-built from cited pages)", Title = "Headline China–LAC trade figures quoted in news and official pages (china-lac-trade-figures-news.csv)", Address = "urn:bridata:shared-sources:china-lac-trade-figures-news", Licence = "Facts; each row cites its page", Version = "2026-11-28", RetrievedOn = on };
        yield return new Source { Id = ImfDots, Kind = SourceKind.Dataset, Publisher = "International Monetary Fund", Title = "Direction of Trade Statistics (DOTS), annual, US dollars millions: exports FOB and imports CIF (via SamLeBlanc/Direction-of-Trade-Map)", Address = "https://data.imf.org/", Licence = "IMF terms of use for statistical data (https://www.imf.org/external/terms.htm): download, extract, copy and redistribute with attribution", Version = "extracted on or before 2022-02-02; mirror commit a0b40afbac7cefc59a4b35c1ebe541ac546aafad", RetrievedOn = on };
        yield return new Source { Id = WbPopulation, Kind = SourceKind.Dataset, Publisher = "The World Bank", Title = "World Development Indicators: Population, total (SP.POP.TOTL) (via datahub.io datasets/population)", Address = "https://data.worldbank.org/indicator/SP.POP.TOTL", Licence = "CC BY 4.0", Version = "mirror commit 425fc447a53a26c767a15a7de60c4cc2478a0595", RetrievedOn = on };
        yield return new Source { Id = WbGdp, Kind = SourceKind.Dataset, Publisher = "The World Bank", Title = "World Development Indicators: GDP (current US$) (NY.GDP.MKTP.CD) (via datahub.io datasets/gdp)", Address = "https://data.worldbank.org/indicator/NY.GDP.MKTP.CD", Licence = "CC BY 4.0", Version = "mirror commit 822019c80142c162e4ca4eb1a63699ae36075078", RetrievedOn = on };
        yield return new Source { Id = AidDataGeo, Kind = SourceKind.Dataset, Publisher = "AidData, William & Mary Global Research Institute", Title = "Geospatial Global Chinese Development Finance Dataset, Version 3.0 (GeoGCDF v3): input table, LAC records", Address = "https://github.com/aiddata/gcdf-geospatial-data", Licence = "ODC-By 1.0", Version = "3.0", RetrievedOn = on, Note = "Cite: Goodman et al. (2023), AidData's Geospatial Global Chinese Development Finance Dataset, Version 3.0. No OSM geometry is shipped, only OpenStreetMap links." };
        yield return new Source { Id = AidDataRich, Kind = SourceKind.Dataset, Publisher = "AidData, William & Mary Global Research Institute", Title = "Global Chinese Development Finance Dataset, Version 3.0: extract with flow type, flow class, intent and agency types (94 LAC records)", Address = "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0", Licence = "ODC-By 1.0", Version = "3.0", RetrievedOn = on };
        yield return new Source { Id = AidDataText, Kind = SourceKind.Dataset, Publisher = "AidData, William & Mary Global Research Institute", Title = "Global Chinese Development Finance Dataset, Version 3.0: records recommended for aggregates (ids, titles, sectors)", Address = "https://www.aiddata.org/data/aiddatas-global-chinese-development-finance-dataset-version-3-0", Licence = "ODC-By 1.0", Version = "3.0", RetrievedOn = on, Note = "Used only to establish that a record is in AidData's recommended-for-aggregates set; no narrative text is shipped." };
        yield return new Source { Id = AidDataCountryYear, Kind = SourceKind.Dataset, Publisher = "AidData, William & Mary Global Research Institute (aggregated by github.com/milesdwilliams15/odadata)", Title = "Global Chinese Development Finance Dataset, Version 3.0: commitments recommended for aggregates, summed by recipient, commitment year and flow class (data/cow_gcdf.csv, LAC rows)", Address = "https://github.com/milesdwilliams15/odadata", Licence = "ODC-By 1.0 (AidData's data; the mirror's licence covers only its code)", Version = "GCDF 3.0; mirror blob 94347fb2265f0009b6f471970cba0222e5f62d00 (commit 87a2b3792d39ccaa483e5d4b05000284cfb69d16)", RetrievedOn = on, Note = "Attribution: AidData, Global Chinese Development Finance Dataset, Version 3.0. A third party's sums of the full workbook; checked at build time against the geolocated records." };
        yield return new Source { Id = Aei2021, Kind = SourceKind.Dataset, Publisher = "American Enterprise Institute", Title = "China Global Investment Tracker, 2021 Fall release (updated 2022-02-21)", Address = "https://www.aei.org/china-global-investment-tracker/", Licence = "Available for public use with proper citation: American Enterprise Institute, China Global Investment Tracker", Version = "2021 Fall", RetrievedOn = on };
        yield return new Source { Id = Aei2019, Kind = SourceKind.Dataset, Publisher = "American Enterprise Institute", Title = "China Global Investment Tracker, 2019 Fall release (investments, construction and troubled transactions sheets)", Address = "https://www.aei.org/china-global-investment-tracker/", Licence = "Available for public use with proper citation: American Enterprise Institute, China Global Investment Tracker", Version = "2019 Fall", RetrievedOn = on };
    }
}
