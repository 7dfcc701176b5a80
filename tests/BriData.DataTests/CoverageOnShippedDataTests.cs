namespace BriData.DataTests;

/// <summary>
/// The embedded release declares what it covers (issue 13, item 3): trade ends in 2020 and says so, and a question
/// about a later year names the coverage instead of answering "missing" for all 33 states.
/// </summary>
public sealed class CoverageOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    private static readonly CountryCode Per = CountryCode.Parse("PER");
    private static readonly CountryCode Pry = CountryCode.Parse("PRY");

    [Fact]
    public void Each_set_declares_its_years()
    {
        var c = Data.Coverage;
        (c.Trade.FirstYear, c.Trade.LastYear).Should().Be((1960, 2020));
        (c.Finance.FirstYear, c.Finance.LastYear).Should().Be((2000, 2021));
        (c.AidDataCountryYears.FirstYear, c.AidDataCountryYears.LastYear).Should().Be((2000, 2021));
        (c.Investments.FirstYear, c.Investments.LastYear).Should().Be((2005, 2021));
        c.Indicators.FirstYear.Should().Be(1960);
        c.Indicators.LastYear.Should().Be(Data.Indicators.Max(r => r.Year));
        c.Trade.States.Should().HaveCount(33, "every Latin American and Caribbean state appears in IMF DOTS");
        c.Trade.PublishedFiguresThrough.Should().Be(2025, "China customs' published totals continue the series to 2025");
        c.ToString().Should().StartWith("trade 1960–2020, indicators 1960–");
    }

    [Fact]
    public void Trade_after_2020_is_not_covered_rather_than_missing()
    {
        var bilateral = () => Data.BilateralTradeIn(Per, 2023, TradeReporter.PartnerReported);
        bilateral.Should().Throw<YearNotCoveredException>()
            .WithMessage("trade covers 1960–2020; 2023 is outside it; see PublishedFigures for later years (published figures to 2025).*");
        var region = () => Data.LacTradeWithChina(2023, TradeReporter.ChinaReported);
        region.Should().Throw<YearNotCoveredException>().Which.LastYear.Should().Be(2020);
        var rank = () => Data.RankLacPartnersByTrade(2023, TradeReporter.ChinaReported);
        rank.Should().Throw<YearNotCoveredException>();
        var before = () => Data.BilateralTradeIn(Per, 1959, TradeReporter.ChinaReported);
        before.Should().Throw<YearNotCoveredException>().Which.Message.Should().NotContain("PublishedFigures");
    }

    [Fact]
    public void Scale_metrics_outside_the_indicator_years_are_not_covered()
    {
        var last = Data.Coverage.Indicators.LastYear!.Value;
        var later = () => Data.PerCapitaUsd(Money.NominalUsd(1_000_000m, last + 1), Per, last + 1);
        later.Should().Throw<YearNotCoveredException>().WithMessage($"indicators covers 1960–{last}; {last + 1} is outside it.*");
        Data.PerCapitaUsd(Money.NominalUsd(1_000_000m, last), Per, last).Should().NotBeNull("Peru's population of the last indicator year is held");
    }

    [Fact]
    public void Paraguay_s_missing_exports_are_a_declared_gap_and_still_null()
    {
        // Paraguay reports no exports to China to IMF DOTS for 2016–2020: inside the coverage, so null, with the gap declared.
        Data.Coverage.Trade.KnownGaps.Should().Contain(g => g.State == Pry && g.Series == "partner-reported exports FOB to China" && g.FromYear == 2016 && g.ToYear == 2020);
        (Data.BilateralTradeIn(Pry, 2018, TradeReporter.PartnerReported).ExportsToChina?.AmountUsdMillions).Should().BeNull();
        Data.Coverage.Trade.GapsFor(Pry, 2018).Should().Contain(g => g.Series == "partner-reported exports FOB to China");
        Data.LacTradeWithChina(2020, TradeReporter.PartnerReported).Missing.Should().Contain(Pry);
    }

    [Fact]
    public void Finance_and_investment_gaps_count_what_totals_leave_out()
    {
        var withoutAmount = Data.Finance.Count(f => f.Amount is null);
        withoutAmount.Should().BePositive();
        Data.Coverage.Finance.KnownGaps.Should().Contain(g => g.Series == "amount"
            && g.Reason.StartsWith(DisplayFormat.Count(withoutAmount) + " of " + DisplayFormat.Count(Data.Finance.Count, "record") + " have no amount", StringComparison.Ordinal));
        var unknown = Data.Investments.Count(r => r.Kind == InvestmentKind.Unknown);
        Data.Coverage.Investments.KnownGaps.Should().Contain(g => g.Series == "kind" && g.Reason.StartsWith(DisplayFormat.Count(unknown, "row") + " of kind Unknown", StringComparison.Ordinal));
        Data.Coverage.Investments.States.Should().HaveCount(Data.Investments.Select(r => r.Country).Distinct().Count());
    }

    [Fact]
    public void The_source_limits_declared_as_gaps_are_the_ones_the_data_policy_states()
    {
        var policy = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "data-policy.md"));
        var section = policy[policy.IndexOf("## Coverage and known gaps", StringComparison.Ordinal)..];
        var documented = Data.Coverage.Sets.SelectMany(s => s.KnownGaps).Where(g => (g.State is null && g.Series is null) || g.Series == "partner-reported").ToArray();
        documented.Should().HaveCount(3);
        foreach (var gap in documented)
        {
            section.Should().Contain(gap.Reason, "docs/data-policy.md lists each source limit the coverage declares");
        }
    }

    [Fact]
    public void Recognition_is_declared_from_1949_to_the_release_and_known_for_every_state_outside_its_gaps()
    {
        var coverage = Data.Coverage.Recognition;
        coverage.FirstYear.Should().Be(1949);
        coverage.LastYear.Should().Be(Data.Released.Year);
        coverage.States.Should().HaveCount(33);
        foreach (var state in coverage.States)
        {
            for (var year = 1949; year <= Data.Released.Year; year++)
            {
                var unknown = Data.StatusOf(state, new DateOnly(year, 1, 1)).Recognition == DiplomaticRecognition.Unknown;
                unknown.Should().Be(coverage.GapsFor(state, year).Any(), $"{state} on {year}-01-01: Unknown exactly inside a declared gap");
            }
        }
    }

    [Fact]
    public void Every_states_recognition_is_known_from_1990_on_and_the_gaps_are_pinned()
    {
        // Gaps are the years before a state's first dated relations event (17 states, mostly before independence).
        var gaps = Data.Coverage.Recognition.KnownGaps;
        gaps.Should().OnlyContain(g => g.ToYear < 1990, "every state's recognition is dated from 1990 on");
        gaps.Select(g => g.State).Distinct().Should().HaveCount(17);
        gaps.Sum(g => g.YearCount ?? 0).Should().Be(479, "pinned: adding a dated relations event shrinks it on purpose");
        gaps.Should().Contain(g => g.State == CountryCode.Parse("PRY") && g.FromYear == 1949 && g.ToYear == 1957);
    }
}
