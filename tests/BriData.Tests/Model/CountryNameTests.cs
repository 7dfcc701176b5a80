namespace BriData.Tests.Model;

/// <summary>Country names from any record's code, without unwrapping a nullable code or holding a dataset.</summary>
public sealed class CountryNameTests
{
    [Fact]
    public void A_code_gives_the_name_of_the_embedded_country()
    {
        CountryCode.Parse("PER").CountryName.Should().Be("Peru");
        CountryCode.China.CountryName.Should().Be("China");
    }

    [Fact]
    public void A_nullable_code_gives_the_name_without_unwrapping_and_null_for_null()
    {
        CountryCode? peru = CountryCode.Parse("PER");
        CountryCode? none = null;
        peru.CountryName.Should().Be("Peru");
        none.CountryName.Should().BeNull();
    }

    [Fact]
    public void A_code_outside_the_embedded_countries_has_no_name()
    {
        CountryCode.World.CountryName.Should().BeNull();
        default(CountryCode).CountryName.Should().BeNull();
    }

    [Fact]
    public void Records_reach_their_country_names_directly()
    {
        var data = BriDataset.Default;
        var regionWide = data.Claims.First(c => c.Country is null);
        regionWide.Country.CountryName.Should().BeNull();
        var chancay = data.Projects.Get("chancay-port");
        chancay.Country.CountryName.Should().Be("Peru");
        data.Events.Where(e => e.Country is not null).Select(e => e.Country.CountryName).Should().NotContainNulls();
        data.Finance.Select(f => f.Recipient.CountryName).Should().NotContainNulls();
    }
}
