namespace BriData.Notebooks;

/// <summary>
/// What a display needs beyond the record itself: the readable name of a country code and the source behind a
/// source id. Usually backed by a <see cref="BriDataset"/>; lookups that fail fall back to the bare code or id.
/// </summary>
internal sealed class DisplayContext
{
    private static readonly Lazy<DisplayContext> DefaultContext =
        new(() => For(BriDataset.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Func<CountryCode, string?> countryName;
    private readonly Func<string, Source?> source;

    /// <summary>Creates a context from two lookups; each returns null when it does not know the key.</summary>
    public DisplayContext(Func<CountryCode, string?> countryName, Func<string, Source?> source)
    {
        this.countryName = countryName;
        this.source = source;
    }

    /// <summary>The context of the embedded release (<see cref="BriDataset.Default"/>), created on first use.</summary>
    public static DisplayContext Default => DefaultContext.Value;

    /// <summary>A context that knows no names and no sources: codes and ids are shown bare.</summary>
    public static DisplayContext None { get; } = new(_ => null, _ => null);

    /// <summary>The context of a dataset: its countries' English short names and its sources.</summary>
    public static DisplayContext For(BriDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DisplayContext(
            code => dataset.Countries.TryGet(code, out var country) ? country.Name : null,
            id => dataset.Sources.TryGet(id, out var found) ? found : null);
    }

    /// <summary>The readable name next to the code, for example "Peru (PER)"; "World (WLD)"; the bare code when unknown.</summary>
    public string CountryLabel(CountryCode code)
    {
        if (code.IsEmpty)
        {
            return Cell.MissingText;
        }

        if (code == CountryCode.World)
        {
            return "World (WLD)";
        }

        var name = countryName(code);
        return name is null ? code.Alpha3 : name + " (" + code.Alpha3 + ")";
    }

    /// <summary>The source with this id, or null when the context does not know it.</summary>
    public Source? FindSource(string id) => source(id);
}
