namespace BriData.Loading;

/// <summary>A file read past <see cref="BriLoadOptions.MaxFileBytes"/> (by <see cref="SetFileStream"/>).</summary>
internal sealed class FileTooLargeException() : IOException("the file is larger than the limit");
