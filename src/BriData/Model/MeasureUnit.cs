using System.Diagnostics.CodeAnalysis;

namespace BriData;

/// <summary>
/// The unit of a project measure, a claim's quantity or a published figure (for example <c>km</c>, <c>MW</c>,
/// <c>USD</c>, <c>percent</c>): one symbol of a closed vocabulary, defined here once. A release that holds any other
/// unit is refused at load, naming the file and the JSON path of the unit.
/// </summary>
/// <remarks>
/// <para>Units are compared exactly (ordinally): <c>MW</c> and <c>mW</c> are different texts, and <c>usd</c> is not
/// <see cref="Usd"/> but an unknown unit. A release writes the unit as its <see cref="Symbol"/>, a JSON string.</para>
/// <para><c>default(MeasureUnit)</c> is no unit: its <see cref="Symbol"/> is empty, it equals no unit of the
/// vocabulary, and validation refuses it (<c>unit is missing</c>) in any record given to
/// <see cref="BriDataset.Create(BriDatasetContent)"/>; <see cref="Parse"/> never returns it.</para>
/// <para>A money amount's scale is in its value, never in its unit: <see cref="Usd"/> means whole US dollars.</para>
/// </remarks>
public readonly struct MeasureUnit : IEquatable<MeasureUnit>
{
    private const string UsdSymbol = "USD";
    private const string CnySymbol = "CNY";
    private const string KilometreSymbol = "km";
    private const string RankSymbol = "rank";
    private const string LoansSymbol = "loans";
    private const string BridgesSymbol = "bridges";
    private const string TunnelsSymbol = "tunnels";
    private const string ProjectsSymbol = "projects";
    private const string RecordsSymbol = "records";

    /// <summary>The longest unit text a message quotes in full (a longer one is cut, so that no error message is huge).</summary>
    private const int QuotedLength = 40;

    /// <summary>The currencies an amount may be stated in: US dollars, yuan, real, Colombian and Mexican pesos, Chilean UF.</summary>
    private static readonly string[] CurrencySymbols = [UsdSymbol, CnySymbol, "BRL", "COP", "MXN", "UF"];

    /// <summary>The vocabulary: every unit a measure, claim quantity or published figure may have (the one list).</summary>
    private static readonly string[] Symbols =
    [
        .. CurrencySymbols, RankSymbol, LoansSymbol, BridgesSymbol, TunnelsSymbol, KilometreSymbol, "m", "route-km", "ha",
        "MW", "kW", "kV", "MWh", "GWh/year", "TWh/year", Units.Percent, "years", "days", "minutes", "km/h",
        "TEU/year", "t/year", "passengers/day", "vehicles/year",
        "beds", "berths", "crossings", "lanes", "microgrids", "panels", "rooms", "seats", "stations", "trains",
        "villages", "wagons", "Francis units", ProjectsSymbol, "facilities", "jobs", "countries", "bridges and tunnels",
        RecordsSymbol,
    ];

    private readonly string? symbol;

    /// <summary>A unit of the vocabulary; <paramref name="symbol"/> is the table's own instance.</summary>
    private MeasureUnit(string symbol) => this.symbol = symbol;

    /// <summary>US dollars, whole dollars (not millions).</summary>
    public static MeasureUnit Usd { get; } = new(UsdSymbol);

    /// <summary>Chinese yuan (renminbi), whole yuan.</summary>
    public static MeasureUnit Cny { get; } = new(CnySymbol);

    /// <summary>Kilometres (<c>km</c>), a length.</summary>
    public static MeasureUnit Kilometre { get; } = new(KilometreSymbol);

    /// <summary>Percent (<c>percent</c>): a share out of 100, the same word as the metrics' unit.</summary>
    public static MeasureUnit Percent { get; } = new(Units.Percent);

    /// <summary>A place in a ranking (<c>rank</c>; 1 is the first).</summary>
    public static MeasureUnit Rank { get; } = new(RankSymbol);

    /// <summary>A count of loans (<c>loans</c>).</summary>
    public static MeasureUnit Loans { get; } = new(LoansSymbol);

    /// <summary>A count of bridges (<c>bridges</c>).</summary>
    public static MeasureUnit Bridges { get; } = new(BridgesSymbol);

    /// <summary>A count of tunnels (<c>tunnels</c>).</summary>
    public static MeasureUnit Tunnels { get; } = new(TunnelsSymbol);

    /// <summary>A count of projects (<c>projects</c>).</summary>
    internal static MeasureUnit Projects { get; } = new(ProjectsSymbol);

    /// <summary>A count of data records (<c>records</c>): the unit of a claim check's figure that counts AidData records.</summary>
    internal static MeasureUnit Records { get; } = new(RecordsSymbol);

    /// <summary>Every unit of the vocabulary, in the order of its one list.</summary>
    internal static IReadOnlyList<MeasureUnit> All { get; } = Wrap(Symbols);

    /// <summary>The units a published figure may have: <see cref="Usd"/>, <see cref="Cny"/>, <see cref="Rank"/> and <see cref="Loans"/>.</summary>
    internal static IReadOnlyList<MeasureUnit> PublishedFigureUnits { get; } = [Usd, Cny, Rank, Loans];

    /// <summary>The symbol, as a release writes it (for example <c>km</c>, <c>TEU/year</c>, <c>USD</c>); empty for <c>default(MeasureUnit)</c>.</summary>
    public string Symbol => symbol ?? string.Empty;

    /// <summary>True for a currency (an amount of money, in whole units: <c>USD</c>, <c>CNY</c>, <c>BRL</c>, <c>COP</c>, <c>MXN</c>, <c>UF</c>); false otherwise and for <c>default(MeasureUnit)</c>.</summary>
    public bool IsCurrency => symbol is not null && Find(CurrencySymbols, symbol) is not null;

    /// <summary>True for <c>default(MeasureUnit)</c>, which is no unit.</summary>
    internal bool IsMissing => symbol is null;

    /// <summary>Parses a unit symbol of the vocabulary, exactly as written (case matters: <c>km</c>, never <c>Km</c>).</summary>
    /// <param name="text">The symbol, for example <c>"km"</c>, <c>"MW"</c> or <c>"USD"</c>, without surrounding spaces.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a unit of the vocabulary; the message quotes it (cut after 40 characters).</exception>
    public static MeasureUnit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var unit) ? unit : throw new FormatException(Refusal(text));
    }

    /// <summary>Tries to parse a unit symbol exactly as written; false (and <c>default(MeasureUnit)</c>) when the text is null or not a unit of the vocabulary.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MeasureUnit unit)
    {
        if (text is not null && Find(Symbols, text) is { } known)
        {
            unit = new MeasureUnit(known);
            return true;
        }

        unit = default;
        return false;
    }

    /// <summary>Tries to parse a unit symbol from a span without allocating.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out MeasureUnit unit)
    {
        if (Find(Symbols, text) is { } known)
        {
            unit = new MeasureUnit(known);
            return true;
        }

        unit = default;
        return false;
    }

    /// <summary>
    /// The table's own instance of <paramref name="text"/> in <paramref name="symbols"/>, compared ordinally; null when
    /// absent. A scan of at most 45 short symbols: fast enough for the few hundred units of a release and, unlike a
    /// frozen set, free of an assembly load and of JIT-compiled generics on a first answer (issue 15).
    /// </summary>
    private static string? Find(string[] symbols, ReadOnlySpan<char> text)
    {
        foreach (var candidate in symbols)
        {
            if (candidate.Length == text.Length && text.SequenceEqual(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static MeasureUnit[] Wrap(string[] symbols)
    {
        var units = new MeasureUnit[symbols.Length];
        for (var i = 0; i < symbols.Length; i++)
        {
            units[i] = new MeasureUnit(symbols[i]);
        }

        return units;
    }

    /// <summary>Why <paramref name="text"/> is not a unit: empty, or unknown (with the unit it may have meant when only its case differs); the one wording of every reader.</summary>
    internal static string Refusal(string text)
    {
        if (text.Length == 0)
        {
            return "the unit is empty";
        }

        var quoted = text.Length <= QuotedLength ? text : string.Concat(text.AsSpan(0, QuotedLength), "…");
        var other = Array.Find(Symbols, s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase));
        return "unknown unit '" + quoted + "' (units are a closed list, compared exactly"
            + (other is null ? ")" : "; did you mean '" + other + "'?)");
    }

    /// <summary>True when both are the same unit (the same symbol, compared ordinally), or both are <c>default</c>.</summary>
    public bool Equals(MeasureUnit other) => string.Equals(symbol, other.symbol, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasureUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => symbol is null ? 0 : StringComparer.Ordinal.GetHashCode(symbol);

    /// <summary>The <see cref="Symbol"/>.</summary>
    public override string ToString() => Symbol;

    /// <summary>True when both are the same unit.</summary>
    public static bool operator ==(MeasureUnit left, MeasureUnit right) => left.Equals(right);

    /// <summary>True when the units differ.</summary>
    public static bool operator !=(MeasureUnit left, MeasureUnit right) => !left.Equals(right);
}
