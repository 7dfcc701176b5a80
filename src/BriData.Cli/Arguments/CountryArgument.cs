namespace BriData.Cli.Arguments;

/// <summary>
/// Turns a country argument (an ISO code such as <c>PER</c>, <c>pe</c> or <c>604</c>, or a name in English, Spanish,
/// Portuguese or Chinese, any case and accents) into a country of the dataset, using the library's resolution.
/// </summary>
internal static class CountryArgument
{
    /// <summary>Resolves <paramref name="text"/>; a usage error naming the input and listing candidates when it is unknown or ambiguous.</summary>
    /// <exception cref="CliException">Unknown or ambiguous (exit code 2).</exception>
    public static Country Resolve(BriDataset data, string text)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw CliException.Usage("The country is empty.", "Give an ISO code (PER) or a name (Peru); `bridata countries` lists them.");
        }

        try
        {
            return data.Countries.Resolve(text);
        }
        catch (CountryResolutionException e)
        {
            var candidates = string.Join(", ", e.Candidates.Select(c => $"{c.Name} ({c.Code})"));
            if (e.IsAmbiguous)
            {
                throw CliException.Usage($"\"{text}\" could mean several countries: {candidates}.", "Give the ISO code or the full name.");
            }

            var hint = candidates.Length > 0
                ? $"Did you mean: {candidates}? `bridata countries` lists all {data.Countries.Count}."
                : $"`bridata countries` lists the {data.Countries.Count} countries BriData covers.";
            throw CliException.Usage($"Unknown country \"{text}\".", hint);
        }
    }

    /// <summary>Resolves <paramref name="text"/> and requires one of the 33 Latin American and Caribbean states (not China).</summary>
    /// <exception cref="CliException">Unknown, ambiguous, or China (exit code 2).</exception>
    public static Country ResolveLac(BriDataset data, string text, string what)
    {
        var country = Resolve(data, text);
        if (!country.IsLatinAmericaAndCaribbean)
        {
            throw CliException.Usage(
                $"{country.Name} ({country.Code}) is not a Latin American or Caribbean state; {what} is answered for the 33 LAC states, seen from their side.",
                "Give a LAC state, for example PER or Panama; `bridata countries` lists them.");
        }

        return country;
    }
}
