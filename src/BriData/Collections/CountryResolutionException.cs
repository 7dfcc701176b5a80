namespace BriData;

/// <summary>
/// Thrown when a name does not resolve to exactly one country: it is unknown, or it names several. The
/// exception lists the candidates; BriData never guesses.
/// </summary>
public sealed class CountryResolutionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CountryResolutionException(string input, bool isAmbiguous, IReadOnlyList<Country> candidates)
        : base(BuildMessage(input, isAmbiguous, candidates), "name")
    {
        Input = input;
        IsAmbiguous = isAmbiguous;
        Candidates = candidates;
    }

    /// <summary>The text that was resolved.</summary>
    public string Input { get; }

    /// <summary>True when the text may mean several countries (a name they share, or the beginning of names of several); false when it matches none.</summary>
    public bool IsAmbiguous { get; }

    /// <summary>The countries it could mean (ambiguous), or the countries with the closest names (unknown); may be empty.</summary>
    public IReadOnlyList<Country> Candidates { get; }

    private static string BuildMessage(string input, bool isAmbiguous, IReadOnlyList<Country> candidates)
    {
        var list = string.Join(", ", candidates.Select(c => c.ToString()));
        return isAmbiguous
            ? $"'{input}' may mean more than one country: {list}. BriData does not guess: use a code or the full name."
            : candidates.Count == 0
                ? $"'{input}' is not the name or code of a country BriData covers (the 33 Latin American and Caribbean states and China)."
                : $"'{input}' is not the name or code of a country BriData covers (the 33 Latin American and Caribbean states and China). Similar names: {list}. BriData does not guess: use one of these names or a code if you meant it.";
    }
}
