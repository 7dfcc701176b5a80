using System.Globalization;
using System.Text.Json;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// data/curated: sources, flagship projects (with links to finance and investment records resolved), claims,
/// initiatives and trade highlights. Every field is checked; errors name the file and the record.
/// </summary>
internal static partial class CuratedImporter
{
    public static void LoadSources(string curatedDir, SourceRegistry sources)
    {
        foreach (var file in Directory.GetFiles(curatedDir, "sources*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (e, where) in Items(file, "sources"))
            {
                sources.Add(new Source
                {
                    Id = Str(e, "id", where),
                    Kind = Enum<SourceKind>(e, "kind", where),
                    Publisher = Str(e, "publisher", where),
                    Title = Str(e, "title", where),
                    Address = Str(e, "address", where),
                    Published = OptDate(e, "published", where),
                    Licence = Str(e, "licence", where),
                    Version = OptStr(e, "version"),
                    RetrievedOn = Date(e, "retrievedOn", where),
                    Note = OptStr(e, "note"),
                });
            }
        }
    }

    public static List<FlagshipProject> Projects(string curatedDir, IReadOnlyList<InvestmentRecord> investments, SourceRegistry sources)
    {
        var file = Path.Combine(curatedDir, "projects.json");
        var result = new List<FlagshipProject>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var (e, where) in Items(file, "projects"))
        {
            var matches = new List<string>();
            if (e.TryGetProperty("investmentMatches", out var im) && im.ValueKind == JsonValueKind.Array)
            {
                foreach (var m in im.EnumerateArray())
                {
                    matches.Add(ResolveInvestment(m, investments, where));
                }
            }

            result.Add(new FlagshipProject
            {
                Id = Str(e, "id", where),
                Name = Str(e, "name", where),
                LocalName = OptStr(e, "localName"),
                Country = Code(e, "country", where),
                Kind = Enum<ProjectKind>(e, "kind", where),
                Status = Enum<ProjectStatus>(e, "status", where),
                IsBri = e.TryGetProperty("isBri", out var bri) && bri.ValueKind is JsonValueKind.True or JsonValueKind.False ? bri.GetBoolean() : null,
                Owner = OptStr(e, "owner"),
                Builders = Strings(e, "builders"),
                Financiers = Strings(e, "financiers"),
                Summary = Str(e, "summary", where),
                Milestones = Array(e, "milestones").Select((m, i) => new ProjectMilestone
                {
                    Kind = Enum<MilestoneKind>(m, "kind", $"{where}.milestones[{i}]"),
                    Date = Date(m, "date", $"{where}.milestones[{i}]"),
                    Note = OptStr(m, "note"),
                    SourceIds = Strings(m, "sources"),
                }).OrderBy(m => m.Date).ThenBy(m => m.Kind).ToList(),
                Measures = Array(e, "measures").Select((m, i) => new ProjectMeasure
                {
                    Label = Str(m, "label", $"{where}.measures[{i}]"),
                    Value = Dec(m, "value", $"{where}.measures[{i}]"),
                    Unit = Unit(m, "unit", $"{where}.measures[{i}]"),
                    Role = m.TryGetProperty("role", out _) ? Enum<MeasureRole>(m, "role", $"{where}.measures[{i}]") : null,
                    Bound = m.TryGetProperty("bound", out _) ? Enum<QuantityBound>(m, "bound", where) : QuantityBound.Exact,
                    Note = OptStr(m, "note"),
                    SourceIds = Strings(m, "sources"),
                }).ToList(),
                Cost = e.TryGetProperty("cost", out var cost) && cost.ValueKind == JsonValueKind.Object ? new ProjectCost
                {
                    Amount = MoneyOf(cost, where + ".cost"),
                    Bound = cost.TryGetProperty("bound", out _) ? Enum<QuantityBound>(cost, "bound", where) : QuantityBound.Exact,
                    Note = OptStr(cost, "note"),
                    SourceIds = Strings(cost, "sources"),
                } : null,
                FinanceRecordIds = e.TryGetProperty("financeRecordIds", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().Select(x => x.GetInt32()).ToList() : [],
                InvestmentRecordIds = matches,
                SourceIds = Strings(e, "sources"),
            });
        }

        return result.OrderBy(p => p.Country).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    public static List<Claim> Claims(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "claims.json");
        var result = new List<Claim>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var (e, where) in Items(file, "claims"))
        {
            var scope = Str(e, "scope", where);
            var q = e.GetProperty("quantity");
            result.Add(new Claim
            {
                Id = Str(e, "id", where),
                Country = scope == "LAC" ? null : CountryCode.Parse(scope),
                Topic = Enum<ClaimTopic>(e, "topic", where),
                Statement = Str(e, "statement", where),
                Quantity = new ClaimQuantity(Dec(q, "value", where + ".quantity"), Enum<QuantityBound>(q, "bound", where + ".quantity"), Unit(q, "unit", where + ".quantity"), OptDate(q, "asOf", where + ".quantity")),
                Period = OptStr(e, "period") is string period ? ClaimPeriod.Parse(period) : null,
                Compiler = OptStr(e, "compiler"),
                Note = OptStr(e, "note"),
                SourceIds = Strings(e, "sources"),
            });
        }

        return result;
    }

    public static List<Initiative> Initiatives(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "initiatives.json");
        var result = new List<Initiative>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var (e, where) in Items(file, "initiatives"))
        {
            result.Add(new Initiative
            {
                Id = Str(e, "id", where),
                Title = Str(e, "title", where),
                Domain = Enum<InitiativeDomain>(e, "domain", where),
                Countries = Strings(e, "countries").Select(CountryCode.Parse).ToList(),
                IsRegionWide = e.TryGetProperty("regionWide", out var rw) && rw.ValueKind == JsonValueKind.True,
                Started = OptDate(e, "started", where),
                Summary = Str(e, "summary", where),
                SourceIds = Strings(e, "sources"),
            });
        }

        return result.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    public static List<TradeHighlight> Highlights(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "trade-highlights.json");
        var result = new List<TradeHighlight>();
        if (!File.Exists(file))
        {
            return result;
        }

        foreach (var (e, where) in Items(file, "highlights"))
        {
            result.Add(new TradeHighlight
            {
                Id = Str(e, "id", where),
                Country = Code(e, "country", where),
                Product = Str(e, "product", where),
                HsCode = OptStr(e, "hsCode"),
                IsExportToChina = (OptStr(e, "direction") ?? "ToChina") == "ToChina",
                Note = OptStr(e, "note"),
                SourceIds = Strings(e, "sources"),
            });
        }

        return result.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>data/curated/event-annotations.json "extraSources": sources that also state an imported event.</summary>
    public static Dictionary<string, List<string>> EventExtraSources(string curatedDir)
    {
        var file = Path.Combine(curatedDir, "event-annotations.json");
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (e, where) in Items(file, "extraSources"))
        {
            result[Str(e, "eventId", where)] = Strings(e, "sources");
        }

        return result;
    }

    private static string ResolveInvestment(JsonElement m, IReadOnlyList<InvestmentRecord> investments, string where)
    {
        var release = Str(m, "release", where);
        var year = m.GetProperty("year").GetInt32();
        var month = OptStr(m, "month");
        var investor = Str(m, "investorContains", where);
        var amount = Dec(m, "amountUsdMillions", where);
        var country = Code(m, "country", where);
        var candidates = investments.Where(r =>
            r.Release == release && r.Date.Year == year && r.Country == country
            && r.Amount.AmountUsdMillions == amount
            && r.Investor.Contains(investor, StringComparison.OrdinalIgnoreCase)
            && (month is null || r.Date.Month == System.Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => string.Equals(n, month, StringComparison.OrdinalIgnoreCase)) + 1)).ToList();
        return candidates.Count == 1
            ? candidates[0].Id
            : throw new InvalidDataException($"{where}: investment match {release} {year} {month} '{investor}' {amount} {country} finds {candidates.Count} AEI records, not one");
    }

    private static Money MoneyOf(JsonElement e, string where)
    {
        var basis = Enum<MoneyBasis>(e, "basis", where);
        var amount = Dec(e, "amountUsd", where);
        return basis == MoneyBasis.ConstantUsd2021
            ? Money.ConstantUsd2021(amount)
            : Money.NominalUsd(amount, e.TryGetProperty("priceYear", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : throw new InvalidDataException($"{where}: nominal cost needs priceYear"));
    }

    private static IEnumerable<(JsonElement Element, string Where)> Items(string file, string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        if (!doc.RootElement.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: expected an object with a '{property}' array");
        }

        var items = array.EnumerateArray().Select(x => x.Clone()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            yield return (items[i], $"{Path.GetFileName(file)} {property}[{i}]");
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static List<string> Strings(JsonElement e, string name) =>
        Array(e, name).Select(x => x.GetString()!).ToList();

    private static string Str(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim()
            : throw new InvalidDataException($"{where}: '{name}' is missing or not a non-empty string");

    private static MeasureUnit Unit(JsonElement e, string name, string where) =>
        MeasureUnit.TryParse(Str(e, name, where), out var u) ? u : throw new InvalidDataException($"{where}: '{name}' is not a unit of MeasureUnit's vocabulary ('{Str(e, name, where)}')");

    private static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static decimal Dec(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : throw new InvalidDataException($"{where}: '{name}' is missing or not a number");

    private static PartialDate Date(JsonElement e, string name, string where) =>
        PartialDate.TryParse(Str(e, name, where), out var d) ? d : throw new InvalidDataException($"{where}: '{name}' is not a partial date");

    private static PartialDate? OptDate(JsonElement e, string name, string where) =>
        OptStr(e, name) is string s ? (PartialDate.TryParse(s, out var d) ? d : throw new InvalidDataException($"{where}: '{name}' is not a partial date")) : null;

    private static CountryCode Code(JsonElement e, string name, string where) =>
        CountryCode.TryParse(Str(e, name, where), out var c) ? c : throw new InvalidDataException($"{where}: '{name}' is not a country code");

    private static T Enum<T>(JsonElement e, string name, string where)
        where T : struct, System.Enum =>
        System.Enum.TryParse<T>(Str(e, name, where), ignoreCase: false, out var v) && System.Enum.IsDefined(v)
            ? v
            : throw new InvalidDataException($"{where}: '{name}' value '{OptStr(e, name)}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
}
