using System.Security.Cryptography;
using System.Text;

namespace BriData.DataBuilder;

/// <summary>
/// Every <see cref="Source"/> the build cites: the upstream dataset files (see <see cref="DatasetSources"/>), the
/// curated source files, and one web source per page address cited by a hand-built upstream file.
/// </summary>
internal sealed class SourceRegistry
{
    private readonly SortedDictionary<string, Source> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> idByAddress = new(StringComparer.Ordinal);

    public static readonly PartialDate RetrievedOn = new(2026, 11, 28);

    public IEnumerable<Source> All => byId.Values;

    public bool Contains(string id) => byId.ContainsKey(id);

    public void Add(Source source)
    {
        if (!byId.TryAdd(source.Id, source))
        {
            throw new InvalidDataException($"source id '{source.Id}' is defined twice");
        }

        idByAddress.TryAdd(source.Address, source.Id);
    }

    /// <summary>The id of the web source for <paramref name="url"/>, creating it on first use.</summary>
    public string WebPage(string url, string citedBy)
    {
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new InvalidDataException($"'{url}' (cited by {citedBy}) is not an absolute URL");
        }

        if (idByAddress.TryGetValue(url, out var existing))
        {
            return existing;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..8];
        var id = $"web-{Slug(host)}-{hash}";
        Add(new Source
        {
            Id = id,
            Kind = KindOf(host),
            Publisher = host,
            Title = $"Page on {host} cited by {citedBy}",
            Address = url,
            Licence = "Publisher's terms; facts cited, no text reproduced",
            RetrievedOn = RetrievedOn,
            Note = $"Read by the compilers of the {citedBy} source file; the page title was not recorded.",
        });
        return id;
    }

    private static SourceKind KindOf(string host) =>
        host.Contains("gov", StringComparison.Ordinal) || host.Contains("gob", StringComparison.Ordinal) || host.Contains("mofcom", StringComparison.Ordinal)
        || host.Contains("fmprc", StringComparison.Ordinal) || host.Contains("mfa.", StringComparison.Ordinal) || host.Contains("embassy", StringComparison.Ordinal)
        || host.Contains("aiib.org", StringComparison.Ordinal) || host.Contains("minrel", StringComparison.Ordinal) || host.Contains("cancilleria", StringComparison.Ordinal)
        || host.Contains("chinacelacforum", StringComparison.Ordinal) || host.Contains("foreignaffairs", StringComparison.Ordinal) || host.Contains("jis.gov", StringComparison.Ordinal)
            ? SourceKind.OfficialPage
            : SourceKind.NewsArticle;

    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return builder.ToString().Trim('-');
    }
}
