namespace BriData.Validation;

/// <summary>
/// The rules of one set for one validation run (see <see cref="Loading.DataSetDescriptor{T}.Rules"/>): the check of
/// each record, and the check of the set as a whole once its records are checked.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">Checks one record at its JSON path (for example <c>$.records[3]</c>), adding the problems it finds.</param>
/// <param name="Set">Checks the whole list after its records (for example that it is not empty); null when the set has no such rule.</param>
internal sealed record SetRules<T>(Action<T, string> Record, Action<IReadOnlyList<T>>? Set = null);
