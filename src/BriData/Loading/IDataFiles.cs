namespace BriData.Loading;

/// <summary>Opens the files of a data release by name (embedded resources or a folder).</summary>
internal interface IDataFiles
{
    /// <summary>A human-readable location of the file, for error messages.</summary>
    string Describe(string fileName);

    /// <summary>Opens the file for reading; null when it does not exist.</summary>
    Stream? Open(string fileName);
}
