using System.Collections.Frozen;

namespace BriData;

/// <summary>
/// The unit symbols that project measures, claim quantities and published figures may carry: a closed vocabulary,
/// checked at load (an unknown unit is a problem of the release) and compared ordinally everywhere ("MW" and "mW"
/// are different units, so no comparison ignores case).
/// </summary>
internal static class MeasureUnits
{
    /// <summary>US dollars (an amount; a claim's or figure's scale is in its value, never in the unit).</summary>
    public const string Usd = "USD";

    /// <summary>Chinese yuan.</summary>
    public const string Cny = "CNY";

    /// <summary>Kilometres (a length).</summary>
    public const string Kilometre = "km";

    /// <summary>A place in a ranking.</summary>
    public const string Rank = "rank";

    /// <summary>A count of loans.</summary>
    public const string Loans = "loans";

    /// <summary>Percent (the same word as the metrics' unit, <see cref="Units.Percent"/>).</summary>
    public const string Percent = Units.Percent;

    /// <summary>A count of bridges.</summary>
    public const string Bridges = "bridges";

    /// <summary>A count of tunnels.</summary>
    public const string Tunnels = "tunnels";

    /// <summary>Currencies an amount may be published in (besides <see cref="Usd"/> and <see cref="Cny"/>: real, peso, Chilean UF).</summary>
    public static readonly FrozenSet<string> Currencies = FrozenSet.Create(StringComparer.Ordinal, Usd, Cny, "BRL", "COP", "MXN", "UF");

    /// <summary>The units a published figure may have.</summary>
    public static readonly FrozenSet<string> PublishedFigureUnits = FrozenSet.Create(StringComparer.Ordinal, Usd, Cny, Rank, Loans);

    /// <summary>Every unit a measure, claim quantity or published figure may have.</summary>
    public static readonly FrozenSet<string> Known = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            .. Currencies, Rank, Loans, Bridges, Tunnels, Kilometre, "m", "route-km", "ha",
            "MW", "kW", "kV", "MWh", "GWh/year", "TWh/year", Percent, "years", "days", "minutes", "km/h",
            "TEU/year", "t/year", "passengers/day", "vehicles/year",
            "beds", "berths", "crossings", "lanes", "microgrids", "panels", "rooms", "seats", "stations", "trains",
            "villages", "wagons", "Francis units", "projects", "facilities", "jobs", "countries", "bridges and tunnels",
        ]);
}
