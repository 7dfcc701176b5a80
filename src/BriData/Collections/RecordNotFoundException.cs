namespace BriData;

/// <summary>
/// No record of a set has the id asked for. The message names the set and the id and suggests the closest ids
/// (see <see cref="KeyedRecordList{TKey, T}.Search"/>); <see cref="Suggestions"/> lists them. A
/// <see cref="KeyNotFoundException"/>, so code that catches that keeps working.
/// </summary>
public sealed class RecordNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for <paramref name="key"/> in <paramref name="setName"/> with the closest ids.</summary>
    /// <param name="setName">The set searched (for example "projects").</param>
    /// <param name="key">The id asked for, as text.</param>
    /// <param name="suggestions">The closest ids, best first; empty when nothing is close.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecordNotFoundException(string setName, string key, IReadOnlyList<string> suggestions)
        : base(MessageOf(setName, key, suggestions))
    {
        SetName = setName;
        Key = key;
        Suggestions = suggestions;
    }

    /// <summary>The set searched (for example "projects").</summary>
    public string SetName { get; }

    /// <summary>The id asked for, as text.</summary>
    public string Key { get; }

    /// <summary>The ids of the closest records, best first; empty when nothing is close.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string MessageOf(string setName, string key, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(setName);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(suggestions);
        var hint = suggestions.Count == 0
            ? " No id or name is close; Search finds records by name."
            : " Did you mean " + string.Join(", ", suggestions.Select(s => "'" + s + "'")) + "?";
        return "No record with id '" + key + "' in the " + setName + " set." + hint;
    }
}
