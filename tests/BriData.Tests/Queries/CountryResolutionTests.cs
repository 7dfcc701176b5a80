using BriData.Tests.Fixtures;

namespace BriData.Tests.Queries;

public sealed class CountryResolutionTests
{
    private static CountryCollection Countries => FixtureData.Dataset.Countries;

    [Theory]
    [InlineData("PE")]
    [InlineData("pe")]
    [InlineData("PER")]
    [InlineData("604")]
    [InlineData("Peru")]
    [InlineData("peru")]
    [InlineData("PERU ")]
    [InlineData("Perú")]
    [InlineData("秘鲁")]
    [InlineData("República del Perú")]
    [InlineData("republica del peru")]
    [InlineData("Republic of Peru")]
    public void Codes_and_names_in_any_language_case_or_accent_resolve(string text)
    {
        Countries.Resolve(text).Code.Should().Be(FixtureData.Per);
    }

    [Theory]
    [InlineData("Guiana", "GUY")]
    [InlineData("British Guiana", "GUY")]
    [InlineData("Dominica", "DMA")]
    [InlineData("Dominican Rep.", "DOM")]
    [InlineData("República Dominicana", "DOM")]
    [InlineData("多米尼克", "DMA")]
    [InlineData("多米尼加", "DOM")]
    public void Portuguese_former_and_near_identical_names_resolve_exactly(string text, string code)
    {
        Countries.Resolve(text).Code.Should().Be(CountryCode.Parse(code));
    }

    [Theory]
    [InlineData("Dominic")]
    [InlineData("dominic")]
    [InlineData("多米尼")]
    public void A_beginning_shared_by_two_countries_is_ambiguous_and_lists_both(string text)
    {
        var act = () => Countries.Resolve(text);
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeTrue();
        ex.Input.Should().Be(text);
        ex.Candidates.Select(c => c.Code).Should().Equal(FixtureData.Dma, FixtureData.Dom);
        ex.Message.Should().Contain("Dominica (DMA)").And.Contain("Dominican Republic (DOM)").And.Contain("does not guess");
    }

    [Fact]
    public void A_territory_that_is_not_covered_is_unknown_and_suggests_the_similar_country_without_resolving()
    {
        var act = () => Countries.Resolve("French Guiana");
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeFalse();
        ex.Candidates.Select(c => c.Code).Should().Equal(FixtureData.Guy);
        ex.Message.Should().Contain("not the name or code of a country BriData covers").And.Contain("Guyana (GUY)");
    }

    [Fact]
    public void A_name_close_to_nothing_is_unknown_with_no_candidates()
    {
        var act = () => Countries.Resolve("Atlantis");
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeFalse();
        ex.Candidates.Should().BeEmpty();
    }

    [Fact]
    public void A_single_country_prefix_is_not_resolved_but_suggested()
    {
        var act = () => Countries.Resolve("Nicara");
        var ex = act.Should().Throw<CountryResolutionException>().Which;
        ex.IsAmbiguous.Should().BeFalse();
        ex.Candidates.Select(c => c.Code).Should().Equal(FixtureData.Nic);
    }

    [Theory]
    [InlineData("Perru", "PER")]
    [InlineData("Chille", "CHL")]
    [InlineData("Guyanna", "GUY")]
    [InlineData("Panamá", "PAN")]
    public void Search_ranks_the_intended_country_first_for_a_typo(string typo, string code)
    {
        Countries.Search(typo)[0].Country.Code.Should().Be(CountryCode.Parse(code));
    }

    [Fact]
    public void Search_scores_exact_prefix_and_contained_names_in_that_order()
    {
        Countries.Search("Peru")[0].Score.Should().Be(100);
        Countries.Search("Domin").Select(m => (m.Country.Code, m.Score)).Should().Equal((FixtureData.Dma, 80), (FixtureData.Dom, 80));
        Countries.Search("French Guiana").Should().ContainSingle().Which.Should().Match<CountryMatch>(m => m.Score == 35 && m.MatchedName == "Guiana");
        Countries.Search("zzzz").Should().BeEmpty();
        Countries.Search("Peru", maxResults: 1).Should().HaveCount(1);
    }

    [Fact]
    public void TryResolve_returns_false_for_unknown_and_ambiguous_text_without_throwing()
    {
        Countries.TryResolve("Perú", out var peru).Should().BeTrue();
        peru!.Code.Should().Be(FixtureData.Per);
        Countries.TryResolve("Dominic", out _).Should().BeFalse();
        Countries.TryResolve("French Guiana", out _).Should().BeFalse();
        Countries.TryResolve(string.Empty, out _).Should().BeFalse();
    }

    [Fact]
    public void Exact_resolution_from_a_span_and_lookup_by_code_allocate_nothing()
    {
        var countries = Countries;
        var code = FixtureData.Per;
        countries.TryResolve("República del Perú".AsSpan(), out _);
        countries.TryResolve("pe".AsSpan(), out _);
        countries.Get(code);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            countries.TryResolve("República del Perú".AsSpan(), out _);
            countries.TryResolve("pe".AsSpan(), out _);
            countries.Get(code);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Regions_are_matched_by_any_spelling_and_an_unknown_region_lists_the_known_ones()
    {
        Countries.InRegion("south america").Select(c => c.Code).Should().Equal(FixtureData.Chl, FixtureData.Guy, FixtureData.Per, FixtureData.Pry);
        Countries.InRegion("Caribbean").Select(c => c.Code).Should().Equal(FixtureData.Dma, FixtureData.Dom);
        Countries.InRegion("Latin America and the Caribbean").Should().HaveCount(8);
        Countries.RegionNames.Should().Contain(["Caribbean", "Central America", "South America", "Americas"]);
        var act = () => Countries.InRegion("Oceania");
        act.Should().Throw<ArgumentException>().WithMessage("*Oceania*Central America*");
    }
}
