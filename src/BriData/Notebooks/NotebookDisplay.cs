using System.Diagnostics.CodeAnalysis;
using BriData.Notebooks;

namespace BriData;

/// <summary>
/// Tables and cards for notebooks and consoles: <c>dataset.Finance.Where(…).ToTable()</c>,
/// <c>dataset.Countries.Get("PER").ToCard()</c>. In a .NET notebook the result shows as HTML; its
/// <c>ToString()</c> is plain text.
/// </summary>
public static class NotebookDisplay
{
    /// <summary>
    /// A table of <paramref name="records"/>, read once: the first <paramref name="maxRows"/> rows are shown and the
    /// rest counted ("N more rows").
    /// </summary>
    /// <typeparam name="T">A BriData record type (its own layout), or any type (one column per public property).</typeparam>
    /// <param name="records">The records; null elements show as rows of missing values.</param>
    /// <param name="caption">The caption; null uses the record type's title (for example "Claims").</param>
    /// <param name="maxRows">How many rows to show, 1 to <see cref="RecordTable.MaxRowsLimit"/>; default <see cref="RecordTable.DefaultMaxRows"/>.</param>
    /// <param name="dataset">Where country names and source addresses come from; null uses <see cref="BriDataset.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is outside 1..10,000.</exception>
    public static RecordTable ToTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        this IEnumerable<T> records,
        string? caption = null,
        int maxRows = RecordTable.DefaultMaxRows,
        BriDataset? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ToTable(records, caption, maxRows, ContextOf(dataset));
    }

    /// <summary>A card of one record, with country names and source addresses from <see cref="BriDataset.Default"/>.</summary>
    /// <param name="record">A BriData record (a country, a project, a claim, …).</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static RecordCard ToCard(this ISourced record) => ToCard(record, null);

    /// <summary>A card of one record: every table column plus the details only a card shows, and nested tables.</summary>
    /// <param name="record">A BriData record (a country, a project, a claim, …).</param>
    /// <param name="dataset">Where country names and source addresses come from; null uses <see cref="BriDataset.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static RecordCard ToCard(this ISourced record, BriDataset? dataset)
    {
        ArgumentNullException.ThrowIfNull(record);
        return CardOf(record, ContextOf(dataset));
    }

    /// <summary>A card of one source: kind, publisher, title, licence, dates, its address as a link, version, note and citation.</summary>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static RecordCard ToCard(this Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return CardOf(source, DisplayContext.None);
    }

    /// <summary>A card of a metric series, with country names and source addresses from <see cref="BriDataset.Default"/>.</summary>
    /// <param name="series">The series, for example <c>data.ChinaShareOfExportsSeriesPercent(code)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static RecordCard ToCard(this MetricSeries series) => ToCard(series, null);

    /// <summary>A card of a country profile, with country names and source addresses from <see cref="BriDataset.Default"/>.</summary>
    /// <param name="profile">The profile, from <c>data.Profile(country)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static RecordCard ToCard(this CountryProfile profile) => ToCard(profile, null);

    /// <summary>A card of a metric series: entity, measure, unit, years, sources, and a table of every year's value (missing years as "—").</summary>
    /// <param name="series">The series, for example <c>data.ChinaShareOfExportsSeriesPercent(code)</c>.</param>
    /// <param name="dataset">Where country names and source addresses come from; null uses <see cref="BriDataset.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static RecordCard ToCard(this MetricSeries series, BriDataset? dataset)
    {
        ArgumentNullException.ThrowIfNull(series);
        return DerivedCards.Series(series, ContextOf(dataset));
    }

    /// <summary>A card of a country profile: how many records of each kind the release holds about the country, then its events, flagship projects and claims.</summary>
    /// <param name="profile">The profile, from <c>data.Profile(country)</c>.</param>
    /// <param name="dataset">Where country names and source addresses come from; null uses <see cref="BriDataset.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static RecordCard ToCard(this CountryProfile profile, BriDataset? dataset)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return DerivedCards.Profile(profile, ContextOf(dataset));
    }

    internal static RecordTable ToTable<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>(
        IEnumerable<T> records,
        string? caption,
        int maxRows,
        DisplayContext context)
    {
        RecordTable.CheckMaxRows(maxRows);
        // object, interfaces (ISourced) and abstract types: the layout follows the elements' runtime type.
        var schema = RecordSchemas.TryGet(typeof(T), out var known) ? known
            : typeof(T) == typeof(object) || typeof(T).IsInterface || typeof(T).IsAbstract ? null
            : ReflectedSchema.For(typeof(T));
        return new RecordTable(TableData.Create(records, schema, caption, maxRows, context), maxRows);
    }

    internal static RecordCard CardOf(object record, DisplayContext context) =>
        RecordCard.Create(record, RecordSchemas.TryGet(record.GetType(), out var schema) ? schema : RecordSchemas.Mixed, context);

    private static DisplayContext ContextOf(BriDataset? dataset) =>
        dataset is null ? DisplayContext.Default : DisplayContext.For(dataset);
}
