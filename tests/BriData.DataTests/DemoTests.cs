using BriData.Demo;

namespace BriData.DataTests;

public sealed class DemoTests
{
    [Fact]
    public void The_demo_tour_prints_version_sources_peru_claims_and_projects()
    {
        var output = new StringWriter();
        Tour.Run(BriDataset.Default, output);
        var text = output.ToString();
        text.Should().StartWith($"BriData data release {BriDataset.Default.Version}");
        text.Should().Contain("[aiddata-gcdf3-geo] AidData");
        text.Should().Contain("== Peru (PER / PE / 604) ==");
        text.Should().Contain("Names: Perú (es), Peru (pt), 秘鲁 (zh)");
        text.Should().Contain("1971-11-02 Peru and the PRC establish diplomatic relations");
        text.Should().Contain("Project: Chancay Port [Port, Operational]");
        text.Should().Contain("2024-11-14 OperationsStarted");
        text.Should().Contain("== Region-wide claims ==");
        text.Should().Contain("== Flagship projects by country ==");
        text.Should().Contain("  Jamaica:");
        text.Should().Contain("China's share of Peru's exports, 2020: 28.3 %");
        text.Should().Contain("Top LAC partners by China-reported trade, 2020: Brazil, Mexico, Chile, Peru, Argentina");
        text.Should().Contain("Belt and Road members in LAC on 2025-02-06: 20");
        text.Should().MatchRegex(@"Claims checked against the data: \d+ consistent, \d+ inconsistent, \d+ not comparable");
    }
}
