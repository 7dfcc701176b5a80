namespace BriData.DataTests;

public sealed class DatasetIntegrityTests
{
    private static BriDataset Data => BriDataset.Default;

    [Fact]
    public void The_embedded_release_validates_without_a_single_problem()
    {
        Data.FindProblems().Should().BeEmpty();
    }

    [Fact]
    public void Every_source_id_cited_by_any_record_resolves()
    {
        var cited = Data.Countries.Cast<ISourced>()
            .Concat(Data.Events).Concat(Data.Trade).Concat(Data.Indicators).Concat(Data.Finance)
            .Concat(Data.Investments).Concat(Data.Projects).Concat(Data.Initiatives).Concat(Data.TradeHighlights).Concat(Data.Claims)
            .SelectMany(r => r.SourceIds)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        cited.Should().NotBeEmpty();
        cited.Where(id => !Data.Sources.Contains(id)).Should().BeEmpty();
    }

    [Fact]
    public void Every_source_has_publisher_title_address_licence_and_retrieval_date()
    {
        foreach (var s in Data.Sources)
        {
            s.Publisher.Should().NotBeNullOrWhiteSpace(s.Id);
            s.Title.Should().NotBeNullOrWhiteSpace(s.Id);
            // An absolute address with a scheme a reader can follow; percent-encoded UTF-8 (an emoji in a path) is allowed,
            // which Uri.IsWellFormedUriString refuses.
            (Uri.TryCreate(s.Address, UriKind.Absolute, out var address) && address.Scheme is "https" or "http" or "urn"
                && !s.Address.Any(char.IsWhiteSpace)).Should().BeTrue(s.Id);
            s.Licence.Should().NotBeNullOrWhiteSpace(s.Id);
            s.RetrievedOn.Year.Should().BeGreaterThanOrEqualTo(2026, s.Id);
        }
    }

    [Fact]
    public void Ids_are_unique_in_every_keyed_set()
    {
        Data.Events.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Finance.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Investments.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Projects.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Claims.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Initiatives.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Sources.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        Data.Countries.Select(c => c.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_iso_table_behind_CountryCode_parsing_matches_the_country_records()
    {
        foreach (var c in Data.Countries)
        {
            CountryCode.Parse(c.Alpha2).Should().Be(c.Code);
            CountryCode.Parse(c.Numeric.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().Be(c.Code);
        }

        IsoCountryTable.Rows.Should().HaveCount(Data.Countries.Count);
    }
}
