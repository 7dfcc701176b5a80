using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// data/curated: sources, flagship projects, claims, initiatives, trade highlights and published figures. Each file
/// holds its records in the release's own shape (<c>{ formatVersion, set, records }</c>, the record shape of
/// <c>src/BriData/Data/&lt;set&gt;.json</c>) and is read by the library's serializer (<see cref="JsonSetReader"/>),
/// with one difference: a property the record type lacks is refused, not skipped (a misspelt name is an error).
/// The builder then does only what needs other data: a project's <c>investmentMatches</c> become
/// <c>investmentRecordIds</c>, and the records are put in the release's order. Errors name the file, the JSON path
/// and the line.
/// </summary>
internal static partial class CuratedImporter
{
    /// <summary>The library's JSON metadata, with unknown properties refused.</summary>
    private static readonly BriJsonContext Strict = new(new JsonSerializerOptions(BriJsonContext.Default.Options)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    });

    public static void LoadSources(string curatedDir, SourceRegistry sources)
    {
        foreach (var file in Directory.GetFiles(curatedDir, "sources*.json").Order(StringComparer.Ordinal))
        {
            foreach (var source in Read(file, DataSetName.Sources, Strict.Source))
            {
                sources.Add(source);
            }
        }
    }

    /// <summary>
    /// data/curated/projects.json: each record as in the release, except that it gives <c>investmentMatches</c>
    /// (which AEI CGIT rows belong to the project, by release, year, month, investor, amount and country) instead of
    /// <c>investmentRecordIds</c>; each match must find exactly one row of <paramref name="investments"/>.
    /// </summary>
    public static List<FlagshipProject> Projects(string curatedDir, IReadOnlyList<InvestmentRecord> investments)
    {
        var file = Path.Combine(curatedDir, "projects.json");
        if (!File.Exists(file))
        {
            return [];
        }

        var original = File.ReadAllBytes(file);
        var name = NameOf(file);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(original, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name} $ (line {(ex.LineNumber ?? 0) + 1}): the file is not valid JSON: {DataLoader.CleanMessage(ex)}", ex);
        }

        if (root?["records"] is JsonArray records)
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i] is not JsonObject record)
                {
                    continue; // the serializer reports it
                }

                var where = FormattableString.Invariant($"$.records[{i}]");
                if (record.ContainsKey("investmentRecordIds") || !record.Remove("investmentMatches", out var matches) || matches is not JsonArray list)
                {
                    throw Problem(name, original, where, "a curated project gives 'investmentMatches' (an array, [] when none), not 'investmentRecordIds'");
                }

                record["investmentRecordIds"] = new JsonArray([.. list.Select((m, j) => (JsonNode)ResolveInvestment(m, investments, name, original, FormattableString.Invariant($"{where}.investmentMatches[{j}]")))]);
            }
        }

        return Read(file, DataSetName.Projects, Strict.FlagshipProject, System.Text.Encoding.UTF8.GetBytes(root?.ToJsonString() ?? "null"), original)
            .Select(p => p with { Milestones = p.Milestones.OrderBy(m => m.Date).ThenBy(m => m.Kind).ToList() })
            .OrderBy(p => p.Country).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    public static List<Claim> Claims(string curatedDir) => ReadIfPresent(curatedDir, "claims.json", DataSetName.Claims, Strict.Claim);

    public static List<Initiative> Initiatives(string curatedDir) =>
        ReadIfPresent(curatedDir, "initiatives.json", DataSetName.Initiatives, Strict.Initiative).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();

    public static List<TradeHighlight> Highlights(string curatedDir) =>
        ReadIfPresent(curatedDir, "trade-highlights.json", DataSetName.TradeHighlights, Strict.TradeHighlight).OrderBy(h => h.Id, StringComparer.Ordinal).ToList();

    /// <summary>data/curated/published-figures.json: statistics official bodies and research databases published, each typed from a cited page.</summary>
    public static List<PublishedFigure> PublishedFigures(string curatedDir) =>
        ReadIfPresent(curatedDir, "published-figures.json", DataSetName.PublishedFigures, Strict.PublishedFigure).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads a curated file in the release's set format with the library's reader; <paramref name="bytes"/> (when
    /// given) are the file's JSON as the builder rewrote it, and line numbers are then looked up in the original.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a valid set file; the message lists every problem with its file, path and line.</exception>
    internal static List<T> Read<T>(string file, string set, JsonTypeInfo<T> recordInfo, byte[]? bytes = null, byte[]? original = null)
        where T : class
    {
        var name = NameOf(file);
        original ??= File.ReadAllBytes(file);
        var problems = new List<DataProblem>();
        var records = new JsonSetReader(BriLoadOptions.Default).Read(set, name, bytes ?? original, recordInfo, problems);
        if (bytes is not null)
        {
            problems = problems.Select(p => p with { Line = JsonSetReader.LineOf(original, p.Path) }).ToList();
        }

        return records is not null && problems.Count == 0
            ? [.. records]
            : throw new InvalidDataException(string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
    }

    private static List<T> ReadIfPresent<T>(string curatedDir, string fileName, string set, JsonTypeInfo<T> recordInfo)
        where T : class
    {
        var file = Path.Combine(curatedDir, fileName);
        return File.Exists(file) ? Read(file, set, recordInfo) : [];
    }

    /// <summary>The file's name as errors show it: its folder and name (<c>curated/projects.json</c>).</summary>
    private static string NameOf(string file) => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))) + "/" + Path.GetFileName(file);

    private static InvalidDataException Problem(string name, byte[] original, string path, string reason) =>
        new(new DataProblem(name, path, JsonSetReader.LineOf(original, path), reason).ToString());

    /// <summary>The id of the one AEI CGIT record an <c>investmentMatches</c> entry describes.</summary>
    private static string ResolveInvestment(JsonNode? m, IReadOnlyList<InvestmentRecord> investments, string name, byte[] original, string where)
    {
        string? Text(string key, bool required = true) => m?[key] switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) => s,
            null when !required => null,
            _ => throw Problem(name, original, $"{where}.{key}", required ? $"'{key}' is missing or not a non-empty string" : $"'{key}' is not a non-empty string"),
        };
        T Number<T>(string key) =>
            m?[key] is JsonValue v && v.TryGetValue<T>(out var n) ? n : throw Problem(name, original, $"{where}.{key}", $"'{key}' is missing or not a {typeof(T).Name.ToLowerInvariant()}");

        var release = Text("release")!;
        var year = Number<int>("year");
        var month = Text("month", required: false);
        var investor = Text("investorContains")!;
        var amount = Number<decimal>("amountUsdMillions");
        var country = CountryCode.TryParse(Text("country")!, out var c) ? c : throw Problem(name, original, $"{where}.country", "'country' is not an ISO alpha-3 code");
        var monthNumber = month is null ? 0 : System.Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames, n => string.Equals(n, month, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month is not null && monthNumber == 0)
        {
            throw Problem(name, original, $"{where}.month", $"'{month}' is not an English month name");
        }

        var candidates = investments.Where(r =>
            r.Release == release && r.Date.Year == year && r.Country == country
            && r.Amount.AmountUsdMillions == amount
            && r.Investor.Contains(investor, StringComparison.OrdinalIgnoreCase)
            && (month is null || r.Date.Month == monthNumber)).ToList();
        return candidates.Count == 1
            ? candidates[0].Id
            : throw Problem(name, original, where, $"investment match {release} {year} {month} '{investor}' {amount} {country} finds {candidates.Count} AEI records, not one");
    }
}
