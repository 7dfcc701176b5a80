namespace BriData.Notebooks;

/// <summary>A nested table on a record's card, for example a project's milestones.</summary>
/// <param name="Title">The table's caption, for example "Milestones".</param>
/// <param name="Covers">The names of the set's columns the table shows (for example <c>milestones</c>); empty for a hand-written table.</param>
/// <param name="Records">The records of the table for a record; null or empty for none (the table is then left out).</param>
internal sealed record CardTable(string Title, IReadOnlyList<string> Covers, Func<object, IEnumerable<object>?> Records);
