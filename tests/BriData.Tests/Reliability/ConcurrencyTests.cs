using System.Reflection;
using System.Runtime.Loader;
using BriData.Loading;
using BriData.Loading.Embedded;

namespace BriData.Tests.Reliability;

/// <summary>
/// First access from many threads at once yields one instance of the dataset and of every lazy set and index;
/// concurrent queries on one dataset give the answers a single thread gives. Bounded by iteration counts.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;

    [Fact]
    public void Concurrent_first_access_of_Default_in_a_fresh_load_context_yields_one_instance()
    {
        var context = new AssemblyLoadContext("bridata-fresh", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(BriDataset).Assembly.Location);
            assembly.Should().NotBeSameAs(typeof(BriDataset).Assembly);
            var type = assembly.GetType("BriData.BriDataset", throwOnError: true)!;
            var defaultProperty = type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!;
            var tradeProperty = type.GetProperty("Trade")!;
            var countriesProperty = type.GetProperty("Countries")!;

            var results = RunTogether(() =>
            {
                var data = defaultProperty.GetValue(null)!;
                return (Data: data, Trade: tradeProperty.GetValue(data)!, Countries: countriesProperty.GetValue(data)!);
            });

            results.Select(r => r.Data).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
            results.Select(r => r.Trade).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
            results.Select(r => r.Countries).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle();
            ((System.Collections.ICollection)results[0].Trade).Count.Should().Be(BriDataset.Default.Trade.Count);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Concurrent_first_access_of_every_lazy_set_and_index_yields_one_instance_each()
    {
        for (var round = 0; round < 5; round++)
        {
            var data = BriDataset.OpenEmbedded(EmbeddedSetLoader.Assembly);

            var results = RunTogether(() => new object[]
            {
                data.Sources, data.Countries, data.Events, data.Trade, data.Indicators, data.Finance, data.Investments,
                data.Projects, data.Initiatives, data.TradeHighlights, data.Claims, data.Indexes,
                data.Countries.Resolve("Perú"),
            });

            for (var i = 0; i < results[0].Length; i++)
            {
                results.Select(r => r[i]).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle($"member {i} in round {round}");
            }

            data.Trade.Should().HaveCount(BriDataset.Default.Trade.Count);
            data.Indexes.FinanceByCountry[CountryCode.Parse("PER")].Count().Should().Be(BriDataset.Default.Finance.Count(f => f.Recipient == CountryCode.Parse("PER")));
        }
    }

    [Fact]
    public void Concurrent_queries_on_one_dataset_give_the_single_threaded_answers()
    {
        var data = BriDataset.Default;
        var names = new[] { "Perú", "peru", "Brasil", "Chile", "República Dominicana", "Dominica", "Trinidad and Tobago", "中国" };
        var expectedResolve = names.Select(n => data.Countries.TryResolve(n, out var c) ? c.Code.Alpha3 : "?").ToArray();
        var expectedSearch = data.Countries.Search("Domin", 3).Select(m => m.Country.Code.Alpha3).ToArray();
        var expectedTrade = data.Trade.Where(t => t.Reporter == CountryCode.China).Sum(t => t.ValueUsdMillions);
        var financeIds = data.Finance.Select(f => f.Id).Take(200).ToArray();

        var failures = RunTogether(() =>
        {
            var wrong = 0;
            for (var iteration = 0; iteration < 200; iteration++)
            {
                for (var i = 0; i < names.Length; i++)
                {
                    var got = data.Countries.TryResolve(names[i], out var c) ? c.Code.Alpha3 : "?";
                    wrong += got == expectedResolve[i] ? 0 : 1;
                }

                wrong += data.Countries.Search("Domin", 3).Select(m => m.Country.Code.Alpha3).SequenceEqual(expectedSearch) ? 0 : 1;
                wrong += data.Finance.Get(financeIds[iteration % financeIds.Length]).Id == financeIds[iteration % financeIds.Length] ? 0 : 1;
                if (iteration % 50 == 0)
                {
                    wrong += data.Trade.Where(t => t.Reporter == CountryCode.China).Sum(t => t.ValueUsdMillions) == expectedTrade ? 0 : 1;
                    wrong += data.Projects.All(p => data.Indexes.ProjectsByCountry[p.Country].Contains(p)) ? 0 : 1;
                }
            }

            return wrong;
        });

        failures.Should().AllBeEquivalentTo(0);
        expectedResolve.Should().NotContain("?");
    }

    [Fact]
    public void Concurrent_loads_of_the_same_folder_give_independent_equal_datasets()
    {
        using var folder = new ReleaseFolder();

        var results = RunTogether(() => folder.Load());

        results.Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(Threads);
        results.Should().OnlyContain(d => d.Trade.Count == 3 && d.Countries.Count == 3);
    }

    private static T[] RunTogether<T>(Func<T> work)
    {
        using var barrier = new Barrier(Threads);
        var results = new T[Threads];
        var errors = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                results[i] = work();
            }
            catch (Exception ex)
            {
                errors[i] = ex;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().AllSatisfy(e => e.Should().BeNull());
        return results;
    }
}
