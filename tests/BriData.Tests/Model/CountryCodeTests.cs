namespace BriData.Tests.Model;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("PER")]
    [InlineData("per")]
    [InlineData("PE")]
    [InlineData("pe")]
    [InlineData("604")]
    public void Parse_accepts_alpha3_alpha2_and_numeric_forms_of_the_same_code(string text)
    {
        CountryCode.Parse(text).Should().Be(CountryCode.Parse("PER"));
        CountryCode.Parse(text).Alpha3.Should().Be("PER");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" PER")]
    [InlineData("PER ")]
    [InlineData("PE1")]
    [InlineData("P")]
    [InlineData("PERU")]
    [InlineData("ZZ")]
    [InlineData("999")]
    [InlineData("6040")]
    [InlineData("Pé")]
    public void Parse_rejects_malformed_or_unknown_codes_with_a_message_naming_the_input(string text)
    {
        var act = () => CountryCode.Parse(text);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain($"'{text}'");
        CountryCode.TryParse(text, out var code).Should().BeFalse();
        code.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Numeric_code_with_leading_zeros_resolves()
    {
        CountryCode.Parse("028").Should().Be(CountryCode.Parse("ATG"));
        CountryCode.Parse("28").Alpha2.Should().Be("AG");
    }

    [Fact]
    public void Alpha3_outside_the_table_is_accepted_but_has_no_alpha2_or_numeric()
    {
        var curacao = CountryCode.Parse("CUW");
        curacao.Alpha3.Should().Be("CUW");
        curacao.Alpha2.Should().BeNull();
        curacao.Numeric.Should().BeNull();
    }

    [Fact]
    public void Codes_order_and_compare_by_letters()
    {
        var codes = new[] { "URY", "ARG", "CHN" }.Select(CountryCode.Parse).Order().Select(c => c.ToString());
        codes.Should().Equal("ARG", "CHN", "URY");
        (CountryCode.Parse("ARG") < CountryCode.Parse("BRA")).Should().BeTrue();
        CountryCode.World.ToString().Should().Be("WLD");
        default(CountryCode).ToString().Should().BeEmpty();
    }
}
