namespace BriData.Loading.Embedded;

/// <summary>
/// A shape error in the embedded release (a damaged package, or an embedded reader that lags behind its record
/// type). <see cref="EmbeddedSetLoader"/> turns it into a <see cref="BriDataException"/> naming the file.
/// </summary>
internal sealed class EmbeddedDataException(string where, string reason) : Exception($"{where}: {reason}");
