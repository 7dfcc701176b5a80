namespace BriData.DataTests;

/// <summary>Keeps README's usage example compiling and running: the same lines live here.</summary>
public sealed class ReadmeExampleTests
{
    private static void UsageExample(TextWriter Console)
    {
        // <readme>
        var data = BriDataset.Default;                          // the embedded release, loaded lazily
        var peru = data.Countries.Resolve("Perú");              // codes, names in en/es/pt/zh, aliases
        Console.WriteLine($"{peru.Name} ({peru.Code}), data release {data.Version}");

        foreach (var e in data.Events.Where(e => e.Country == peru.Code))
            Console.WriteLine($"{e.Date} {e.Title}");

        var chancay = data.Projects.Search("chancay")[0].Record;  // ids, names and titles, near misses too
        Console.WriteLine(chancay);                               // Chancay Port (PER, port, operational)
        var share = data.ChinaShareOfExportsPercent(peru.Code, 2020);
        Console.WriteLine($"{chancay.Country.CountryName}: {DisplayFormat.Percent(share)} of exports to China in 2020");
        foreach (var country in data.Finance.TotalsByCountry().Take(3))
            Console.WriteLine(country);                           // #1 country BRA: USD 39,926.8 m (constant 2021) from 106 records (…)
        // </readme>
    }

    [Fact]
    public void The_readme_example_is_the_code_in_this_file()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var start = readme.IndexOf("<!-- usage-example", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        var fence = readme.IndexOf("```csharp", start, StringComparison.Ordinal) + "```csharp".Length;
        var end = readme.IndexOf("```", fence, StringComparison.Ordinal);
        var readmeLines = Normalize(readme[fence..end]).Where(l => !l.StartsWith("using ", StringComparison.Ordinal));

        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "BriData.DataTests", "ReadmeExampleTests.cs"));
        var a = source.IndexOf("// <readme>", StringComparison.Ordinal) + "// <readme>".Length;
        var b = source.IndexOf("// </readme>", StringComparison.Ordinal);
        readmeLines.Should().Equal(Normalize(source[a..b]));
    }

    [Fact]
    public void The_readme_example_runs_and_prints_peru_its_timeline_and_chancay()
    {
        var output = new StringWriter();
        UsageExample(output);
        var text = output.ToString();
        text.Should().StartWith("Peru (PER), data release ");
        text.Should().Contain("2009-04-28 China and Peru sign their FTA");
        text.Should().Contain("Chancay Port (PER, port, operational)");
        text.Should().Contain("Peru: 28.3 % of exports to China in 2020");
        text.Should().Contain("#1 country BRA: USD 39,926.8 m (constant 2021) from 106 records (17 without amount, 0 excluded)");
        text.Should().Contain("#3 country ARG: USD 12,358.4 m (constant 2021)");
    }

    [Fact]
    public void The_readme_one_line_answers_compile_and_answer()
    {
        var data = BriDataset.Default;
        var peru = data.Countries.Resolve("Perú");
        data.Profile("Perú").Country.Code.Should().Be(peru.Code);
        data.StatusOf(CountryCode.Parse("PAN"), new DateOnly(2025, 3, 1)).Should().NotBeNull();
        (data.BilateralTradeIn(peru.Code, 2020, TradeReporter.PartnerReported).Total?.AmountUsdMillions).Should().BeGreaterThan(0);
        Math.Round(data.ChinaShareOfExportsPercent(peru.Code, 2020)!.Value, 1).Should().Be(28.3m);
        data.Finance.TotalsBySector().Should().NotBeEmpty();
        data.CheckClaims().Should().HaveCount(data.Claims.Count);
        data.Coverage.Trade.ToString().Should().StartWith("trade: 1960–2020, 33 states, 6 series, ");
        var later = () => data.BilateralTradeIn(peru.Code, 2023, TradeReporter.PartnerReported);
        later.Should().Throw<YearNotCoveredException>();
        var argentina = data.FinanceBreadthByCountry().Single(b => b.Recipient == CountryCode.Parse("ARG"));
        argentina.ToString().Should().StartWith("ARG: complete USD 138,751.0 m, geolocated records USD 12,358.4 m");
    }

    private static List<string> Normalize(string code) =>
        code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("BriData.sln not found above " + AppContext.BaseDirectory);
    }
}
