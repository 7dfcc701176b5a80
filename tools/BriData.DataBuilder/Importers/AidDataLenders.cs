using System.Text.RegularExpressions;

namespace BriData.DataBuilder.Importers;

/// <summary>
/// The Chinese lender or donor an AidData title names. The extracts carry no "Funding Agencies" column (only its type),
/// so the title is read, in this order:
/// <list type="number">
/// <item>known financiers (banks, funds, the government, embassies, consulates, a few agencies) by every spelling the
/// titles use, normalised ("CDB" → "China Development Bank"), in the title's subject (the words before its verb);</item>
/// <item>the same names after "from" or "by" ("… grant worth BDS$70,000 from Chinese Embassy");</item>
/// <item>otherwise the subject itself, verbatim, when it reads as a name of a Chinese body: at most eight capitalised
/// words, no figures, no Latin American country, and a Chinese marker (China, Chinese, a province or city, a known
/// state firm), such as "Shanghai Municipal Government";</item>
/// <item>otherwise a bracketed programme tag that names a fund ("[China Co-Financing Fund] IDB administers …").</item>
/// </list>
/// Several financiers are joined with "|", as AidData joins its own multi-valued fields. Nothing else is guessed: a
/// title naming no Chinese body gives null.
/// </summary>
internal static partial class AidDataLenders
{
    /// <summary>Normalised name and the spellings (regular expressions) that titles use for it; acronyms match case-sensitively.</summary>
    private static readonly (string Name, string[] Spellings)[] Known =
    [
        ("China Development Bank", [@"China Development Bank", "CDB"]),
        ("China Eximbank", [@"China Eximbank", @"China Exim Bank", @"Export[- ]Import Bank of China", @"China Export[- ]Import Bank", "Chexim"]),
        ("ICBC Leasing", [@"ICBC Leasing"]),
        ("ICBC Asia", [@"ICBC Asia"]),
        ("ICBC International", [@"ICBC International"]),
        ("ICBC", [@"Industrial and Commercial Bank of China", "ICBC"]),
        ("Agricultural Bank of China", [@"Agricultural Bank of China", "ABC"]),
        ("China Construction Bank", [@"China Construction Bank", "CCB"]),
        ("Bank of China", [@"Bank of China", "BOC", "BoC"]),
        ("China CITIC Bank", [@"China CITIC Bank", @"CITIC Bank"]),
        ("China Merchants Bank", [@"China Merchants Bank"]),
        ("CMB Wing Lung Bank", [@"CMB Wing Lung Bank"]),
        ("Bank of Shanghai", [@"Bank of Shanghai"]),
        ("Shanghai Pudong Development Bank", [@"Shanghai Pudong Development Bank"]),
        ("Tai Fung Bank", [@"Tai Fung Bank"]),
        ("China Co-Financing Fund for Latin America and the Caribbean", [@"China Co-Financing Fund for Latin America and the Caribbean", @"China Co-Financing Fund for LAC", @"China Co-Financing Fund", "CHC"]),
        ("China-Venezuela Joint Fund", [@"China[- ]Venezuela Joint Fund"]),
        ("Chinese Government", [@"Chinese Government", @"Government of (?:the )?(?:People's Republic of )?China", @"PRC Government"]),
        ("Chinese Embassy", [@"(?:The )?Chinese Embassy(?: (?:in|of|to) (?:the )?[A-Z][\w.&' -]*?(?=\s+[a-z]|$))?", @"(?:The )?Embassy of (?:the People's Republic of )?China", @"China Embassy(?: (?:in|of) [A-Z][\w.' -]*?(?=\s+[A-Za-z]))?", @"(?:The )?Chinese Ambassador", @"China['’]s [Aa]mbassador(?: to [A-Z][a-z]+)?"]),
        ("Chinese Consulate", [@"(?:The )?Chinese Consulate(?:[- ]General)?(?: (?:in|of) [A-Z][\w' -]*?(?=\s+[a-z]))?", @"(?:The )?(?:General )?Consulate(?:[- ]General)? of China"]),
        ("Hanban", ["Hanban"]),
        ("MOFCOM", ["MOFCOM", @"Chinese Ministry of Commerce", @"Ministry of Commerce of (?:the People's Republic of )?China"]),
        ("China International Development Cooperation Agency", [@"China International Development Cooperation Agency", "CIDCA"]),
        ("China Harbour Engineering Company", [@"China Harbour Engineering Co(?:mpany|\., Ltd\.?)?", "CHEC"]),
    ];

    private static readonly (string Name, Regex Pattern)[] Patterns = Known
        .SelectMany(k => k.Spellings.Select(s => (k.Name, new Regex(
            @"(?<![\w-])" + s + @"(?![\w-])",
            (IsAcronym(s) ? RegexOptions.None : RegexOptions.IgnoreCase) | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1)))))
        .ToArray();

    /// <summary>Latin American and Caribbean names: a subject naming one is the recipient, not a Chinese body.</summary>
    private static readonly string[] LacNames =
    [
        "Antigua", "Argentin", "Bahamas", "Barbad", "Belize", "Bolivia", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Dominica", "Ecuador", "Salvador",
        "Grenada", "Guatemala", "Guyana", "Haiti", "Honduras", "Jamaica", "Mexic", "Nicaragua", "Panama", "Paraguay", "Peru", "Kitts", "Lucia", "Vincent",
        "Suriname", "Trinidad", "Tobago", "Uruguay", "Venezuela", "Curacao", "Curaçao", "Maarten",
    ];

    [GeneratedRegex(@"\s(?:provides?|donate[sd]?|grant(?:s|ed)?|lends|loans|contributes?|contributions|finances|financed|funds|funded|extends|issues|offers|offered|approves|commits|pledges|gives|supplies|delivers|hands over|awards|disburses|signs|signed|sends|agrees|participates?|completes|establishe[sd]|opens|helps|spends|administers|builds|constructs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbPattern();

    [GeneratedRegex(@"^\[?(?<tag>[^\[\]{}]{3,60})[\]}]\s*")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\b(?:from|by)\s+(?<rest>.*)$")]
    private static partial Regex FromPattern();

    [GeneratedRegex(@"^(?:The\s+)?China['’]s\s+")]
    private static partial Regex ChinasPattern();

    [GeneratedRegex(@"[0-9$&,;:()\[\]{}]")]
    private static partial Regex NotInNamePattern();

    /// <summary>Words that mark a subject as a Chinese body: the country, its provinces and the cities and state firms the titles name.</summary>
    [GeneratedRegex(@"\b(?:China|Chinese|Sino\w*|PRC|People's Liberation Army|Hanban|Anhui|Beijing|Chongqing|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Inner Mongolia|Ningxia|Qinghai|Shaanxi|Shandong|Shanghai|Shanxi|Sichuan|Tianjin|Tibet|Xinjiang|Yunnan|Zhejiang|Hong Kong|Macau|Guangzhou|Shenzhen|Hangzhou|Nanjing|Suzhou|Qingdao|Xi'?an|Chengdu|Wuhan|Dalian|Zhuhai|Zhongshan|Yueyang|Jiangmen|Nanchang|Yantai|Lishui|Xiamen|Ningbo|Kunming|Changsha|Zhengzhou|Jinan|Fuzhou|Hefei|Harbin|Shenyang|ZTE|Huawei|XCMG|CNPC|CNOOC|PowerChina|HydroChina|CEEC|CGGC|CEIEC|CITIC|COFCO|CRCC|CCCC|CDIG|State Grid|Zijin|JISCO|GAC|Gree|Meheco|Zoomlion|Jianghuai)\b")]
    private static partial Regex ChineseMarkerPattern();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "the", "de", "del", "for" };

    public static string? Find(string title)
    {
        var text = title.Trim();
        string? tag = null;
        var t = TagPattern().Match(text);
        if (t.Success)
        {
            tag = t.Groups["tag"].Value;
            text = text[t.Length..];
        }

        var verb = VerbPattern().Match(text);
        var subject = verb.Success ? text[..verb.Index] : text;
        var found = KnownIn(subject);
        if (found.Count == 0)
        {
            foreach (Match m in FromPattern().Matches(text))
            {
                var rest = m.Groups["rest"].Value;
                found = KnownIn(rest[..Math.Min(rest.Length, 80)]);
                if (found.Count > 0)
                {
                    break;
                }
            }
        }

        if (found.Count == 0 && verb.Success && AsName(subject) is { } name)
        {
            found.Add(name);
        }

        if (found.Count == 0 && tag is not null)
        {
            found = KnownIn(tag);
        }

        return found.Count == 0 ? null : string.Join('|', found);
    }

    /// <summary>Known financiers named in the text, leftmost and longest first, without overlaps or repeats.</summary>
    private static List<string> KnownIn(string text)
    {
        var hits = new List<(int Start, int End, string Name)>();
        foreach (var (name, pattern) in Patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                hits.Add((m.Index, m.Index + m.Length, name));
            }
        }

        var names = new List<string>();
        var end = -1;
        foreach (var (start, stop, name) in hits.OrderBy(h => h.Start).ThenByDescending(h => h.End - h.Start))
        {
            if (start >= end)
            {
                end = stop;
                if (!names.Contains(name, StringComparer.Ordinal))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>The subject, when it reads as the name of a Chinese body; otherwise null.</summary>
    private static string? AsName(string subject)
    {
        var s = ChinasPattern().Replace(subject.Trim(), string.Empty);
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isName = words.Length is > 0 and <= 8
            && s != "Chinese"
            && !NotInNamePattern().IsMatch(s)
            && words.All(w => char.IsUpper(w[0]) || Connectors.Contains(w))
            && !LacNames.Any(n => s.Contains(n, StringComparison.Ordinal))
            && ChineseMarkerPattern().IsMatch(s);
        return isName ? s : null;
    }

    private static bool IsAcronym(string spelling) => spelling.Length is >= 2 and <= 6 && spelling.All(char.IsLetter) && spelling.Count(char.IsUpper) >= 2;
}
