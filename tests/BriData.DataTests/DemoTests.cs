using BriData.Demo;

namespace BriData.DataTests;

public sealed class DemoTests
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = new StringWriter();
        Tour.Run(BriDataset.Default, output);
        return output.ToString();
    });

    private static string[] FirstLines(int count) => Output.Value.Split('\n').Take(count).ToArray();

    [Fact]
    public void The_demo_opens_with_the_story_of_Peru_Chancay_and_the_claims_not_with_licences()
    {
        var head = string.Join('\n', FirstLines(20));
        head.Should().StartWith($"Peru, China and the port of Chancay: what the data says (BriData {BriDataset.Default.Version})");
        head.Should().Contain("On 2025-03-01 Peru recognises the People's Republic of China; Belt and Road: member");
        head.Should().Contain("1971-11-02 Peru and the PRC establish diplomatic relations");
        head.Should().Contain("Chancay Port (port, operational):");
        head.Should().Contain("2024-11-14 operations started");
        head.Should().Contain("China took 28.3 % of Peru's exports.");
        head.Should().Contain("Claims about Peru, checked against the data:");
        head.Should().NotContain("licence").And.NotContain("Upstream datasets");
    }

    [Fact]
    public void The_demo_keeps_counts_and_licences_for_the_end()
    {
        var text = Output.Value;
        var licences = text.IndexOf("== Upstream datasets and their licences ==", StringComparison.Ordinal);
        licences.Should().BeGreaterThan(text.IndexOf("== A few answers in one line each ==", StringComparison.Ordinal));
        text.IndexOf("[aiddata-gcdf3-geo] AidData", StringComparison.Ordinal).Should().BeGreaterThan(licences);
        text.Should().Contain($"== The data: BriData data release {BriDataset.Default.Version}");
    }

    [Fact]
    public void The_demo_reads_as_plain_English_with_rounding_that_follows_the_unit()
    {
        var text = Output.Value;
        text.Should().NotContain("multiples of").And.Contain("[dozens of facilities (as of 2023-09)]");
        text.Should().NotMatchRegex(@"\b1 linked finance/investment records").And.NotContain("finance/investment records");
        text.Should().MatchRegex(@"\b1 linked finance or investment record\b(?!s)").And.MatchRegex(@"\b[2-9] linked finance or investment records");
        text.Should().NotContain("ConstructionStarted").And.NotContain("UnderConstruction").And.Contain("[railway, under construction]");
        text.Should().Contain("total investment (all phases): about USD 3,000.0 m").And.NotContain("3,000,000,000 USD");
        text.Should().Contain("== Peru (PER / PE / 604) ==");
        text.Should().Contain("Names: Perú (es), Peru (pt), 秘鲁 (zh)");
        text.Should().Contain("  Jamaica:");
        text.Should().Contain("Top LAC partners by China-reported trade, 2020: Brazil, Mexico, Chile, Peru, Argentina");
        text.Should().Contain("Belt and Road members in LAC on 2025-02-06: 21", "El Salvador's 2018 memorandum was added in issue 13");
        text.Should().Contain("Development finance #1: Brazil, USD ");
        text.Should().MatchRegex(@"Claims checked against the data: \d+ consistent, \d+ inconsistent, \d+ not comparable");
    }
}
