using BriData.Sets;
using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriData.Formats;
using BriData.Notebooks;
using BriData.Tests.Fixtures;

namespace BriData.Tests.Conventions;

/// <summary>
/// Every public type of the library has a readable <c>ToString</c>: the same text under any culture (no
/// Buddhist or Hijri years, no decimal commas), no type names (<c>System.…</c>, <c>BriData.…</c>, <c>Foo[]</c>),
/// enum members as words, and numbers rounded for display (never more than two decimals). The instances are
/// gathered from the fixture dataset and every result the public API returns, then walked through their
/// properties; a public type with no sampled instance fails the test, so a new type must be added here.
/// </summary>
public sealed class ReadableToStringTests
{
    private static readonly string[] Cultures = ["de-DE", "th-TH", "ar-SA", "tr-TR"];

    private static readonly Regex TooManyDecimals = new(@"\d\.\d{3,}", RegexOptions.CultureInvariant);

    private static readonly Regex RawEnumMember = new(@"\b(ConstructionStarted|OperationsStarted|UnderConstruction|PeoplesRepublicOfChina|ChinaReported|PartnerReported|NotComparable|ConsistentWithOneReporter|ProspectiveMember|InForce|ExportsFob|ImportsCif)\b", RegexOptions.CultureInvariant);

    private static readonly Lazy<IReadOnlyList<object>> Samples = new(Sample);

    [Fact]
    public void Every_public_type_with_instances_is_sampled()
    {
        var sampled = Samples.Value.Select(o => Definition(o.GetType())).ToHashSet();
        var missing = PublicInstanceTypes().Where(t => !sampled.Contains(t)).Select(t => t.Name).ToArray();
        missing.Should().BeEmpty("each public type's ToString is checked on a sampled instance; add the missing ones to Sample()");
    }

    [Fact]
    public void ToString_names_no_types_and_rounds_numbers_for_display()
    {
        var failures = new List<string>();
        foreach (var item in Samples.Value)
        {
            var text = Invariant(item.ToString);
            if (text is null)
            {
                failures.Add(item.GetType().Name + ": null");
                continue;
            }

            if (text.Contains("System.", StringComparison.Ordinal) || text.Contains("BriData.", StringComparison.Ordinal)
                || text.Contains("[]", StringComparison.Ordinal) || text.Contains("`", StringComparison.Ordinal))
            {
                failures.Add(item.GetType().Name + " names a type: " + text);
            }

            if (TooManyDecimals.IsMatch(text))
            {
                failures.Add(item.GetType().Name + " has more than two decimals: " + text);
            }

            if (RawEnumMember.IsMatch(text))
            {
                failures.Add(item.GetType().Name + " prints an enum member raw: " + text);
            }

            if (Regex.IsMatch(text, @"^\w+ \{ .* = ", RegexOptions.CultureInvariant))
            {
                failures.Add(item.GetType().Name + " prints the compiler-generated record text: " + text);
            }
        }

        failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void ToString_is_the_same_under_any_culture(string culture)
    {
        var failures = new List<string>();
        foreach (var item in Samples.Value)
        {
            var invariant = Invariant(item.ToString);
            var local = Under(culture, item.ToString);
            if (!string.Equals(invariant, local, StringComparison.Ordinal))
            {
                failures.Add(item.GetType().Name + ": '" + invariant + "' became '" + local + "'");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public void The_cultures_tested_would_change_culture_sensitive_text()
    {
        // Guards the test itself: each culture really formats numbers or dates differently from the invariant one.
        foreach (var culture in Cultures)
        {
            var local = Under(culture, () => string.Format(CultureInfo.CurrentCulture, "{0:N2} {1:d} {2}", 3255.9832m, new DateTime(2020, 1, 1), "i".ToUpper(CultureInfo.CurrentCulture)));
            local.Should().NotBe(Invariant(() => string.Format(CultureInfo.CurrentCulture, "{0:N2} {1:d} {2}", 3255.9832m, new DateTime(2020, 1, 1), "i".ToUpper(CultureInfo.CurrentCulture))), culture);
        }
    }

    [Fact]
    public void The_records_reported_in_the_issue_now_read_well()
    {
        var data = FixtureData.Dataset;
        var regional = data.LacTradeWithChina(2018, TradeReporter.PartnerReported);
        Under("de-DE", regional.ToString).Should().StartWith("LAC trade with China 2018 (partner reported): USD ").And.NotContain("Included =");
        var status = data.StatusOf(FixtureData.Per, new DateOnly(2020, 6, 30));
        Under("th-TH", status.ToString).Should().StartWith("PER 2020-06-30: recognises People's Republic of China, BRI member");
        Under("ar-SA", status.ToString).Should().StartWith("PER 2020-06-30:");
        var rank = new TradeRank(1, FixtureData.Per, 2018, TradeReporter.ChinaReported, Money.NominalUsdMillions(3255.9832m, 2018), false);
        Under("de-DE", rank.ToString).Should().Be("#1 PER 2018 (China reported): USD 3,256.0 m");
        var check = new ClaimFigure("PER 2018 trade", 35_529_555m, MeasureUnit.Usd);
        check.ToString().Should().Be("PER 2018 trade: USD 35.5 m");
        var tidy = new TidyRow { Set = "finance", Entity = "ARG", Dimensions = [new("year", "2019")], Measure = "total", Value = 12358361265.65375567334m, Unit = "USD (constant 2021)", SourceIds = [] };
        tidy.ToString().Should().Be("finance ARG (year=2019): total = USD 12,358.4 m (constant 2021)");
    }

    /// <summary>The public, non-static, non-abstract types that are not enums, interfaces, delegates, exceptions or attributes (generic ones by definition).</summary>
    private static IEnumerable<Type> PublicInstanceTypes() => typeof(BriDataset).Assembly.GetExportedTypes()
        .Where(t => !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !t.IsAbstract
            && !typeof(Exception).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t)
            && !t.Name.StartsWith('<'))
        .Select(Definition)
        .Distinct();

    private static Type Definition(Type t) => t.IsGenericType ? t.GetGenericTypeDefinition() : t;

    private static IReadOnlyList<object> Sample()
    {
        var data = FixtureData.Dataset;
        var per = FixtureData.Per;
        var facts = data.FinanceFacts();
        var roots = new List<object?>
        {
            data, data.Countries, data.Sources, data.Events, data.Trade, data.Indicators, data.Finance, data.Investments,
            data.Projects, data.Initiatives, data.TradeHighlights, data.Claims, data.ToContent(), BriLoadOptions.Default, CsvWriteOptions.Default,
            data.CheckClaims(), data.Finance.TotalConstantUsd2021(), data.Finance.TotalsByCountry(), data.Finance.TotalsByStatus(),
            data.Finance.TotalsByYear(), data.Finance.TotalsByLender(), data.Investments.TotalsByCountry(InvestmentKind.Investment),
            data.BilateralTradeIn(per, 2018, TradeReporter.PartnerReported), data.RankLacPartnersByTrade(2018, TradeReporter.ChinaReported),
            data.LacTradeWithChina(2020, TradeReporter.PartnerReported), data.LacTradeWithChina(2018, TradeReporter.ChinaReported),
            data.StatusOf(per, new DateOnly(2019, 6, 30)), data.StatusOfLac(new DateOnly(2018, 6, 30)), data.StatusTimeline(),
            data.Profile(per), data.BilateralTotalSeriesUsdMillions(per, TradeReporter.ChinaReported), data.ChinaShareOfExportsSeriesPercent(per),
            data.Finance.ToTidyRows().Take(20).ToArray(), data.Trade.ToTidyRows().Take(20).ToArray(), data.CheckClaims().ToTidyRows().ToArray(),
            data.Finance.TotalsByCountry().ToTidyRows().ToArray(),
            facts, facts.Query(), facts.GroupBy(facts.Dimensions[0].Name), facts.GroupBy(facts.Dimensions[0].Name).Sum(facts.Measures[0].Name),
            FactTable.Create<int>().Dimension("key", i => i % 2).ExactMeasure("value", i => (decimal?)i),
            data.Countries.Search("Peru"), data.Projects.Search("port"),
            new UsdDeflator("test deflator", new Dictionary<int, decimal> { [2019] = 0.9876m, [2021] = 1m }),
            new DataProblem("finance.json", "$[3].amount", 12, "not a number"),
            ColumnTables.Finance, ColumnTables.Finance.Columns,
            new ExportRow("finance.csv", 2, 4, new Dictionary<string, int>(StringComparer.Ordinal), [], null, [], 32),
            data.Finance.ToTable(), data.Projects[0].ToCard(data),
            Money.ConstantUsd2021(1_234_567.891m), Money.NominalUsd(987_654_321.123m, 2019),
            BriDataset.Default.AidDataCountryYears.Take(5).ToArray(), BriDataset.Default.PublishedFigures.Take(5).ToArray(),
            BriDataset.Default.FinanceBreadthByCountry().Take(3).ToArray(),
            data.Coverage, data.Coverage.Sets, data.Coverage.Trade.KnownGaps.Take(5).ToArray(),
        };

        var found = new List<object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Walk(root, 0, found, seen);
        }

        return found;
    }

    private static void Walk(object? value, int depth, List<object> found, HashSet<object> seen)
    {
        if (value is null || value is string || depth > 5 || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return;
        }

        var type = value.GetType();
        if (type.Assembly == typeof(BriDataset).Assembly && (type.IsPublic || type.IsNestedPublic) && !type.IsEnum && !type.IsArray)
        {
            found.Add(value);
        }
        else if ((type.Assembly != typeof(BriDataset).Assembly || type.IsArray) && value is not IEnumerable)
        {
            return;
        }

        if (value is IEnumerable items && value is not JsonElement)
        {
            foreach (var item in items.Cast<object?>().Take(40))
            {
                Walk(item, depth + 1, found, seen);
            }
        }

        if (type.Assembly != typeof(BriDataset).Assembly || type.IsArray)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;
            }

            Walk(child, depth + 1, found, seen);
        }
    }

    private static string? Invariant(Func<string?> text) => Under(CultureInfo.InvariantCulture.Name, text);

    private static string? Under(string culture, Func<string?> text)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return text();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
