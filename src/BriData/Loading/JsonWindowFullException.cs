namespace BriData.Loading;

/// <summary>A JSON token or value larger than the largest window <see cref="JsonWindow"/> may take.</summary>
internal sealed class JsonWindowFullException() : Exception("a JSON value is larger than the reading window");
