namespace BriData.Parquet;

/// <summary>One Parquet file written by <see cref="ParquetExport"/>.</summary>
/// <param name="Set">The set, one of <see cref="ParquetSetNames.All"/>.</param>
/// <param name="Path">The full path of the file.</param>
/// <param name="RowCount">The number of rows (one per record of the set).</param>
/// <param name="SizeBytes">The file size in bytes.</param>
public sealed record ParquetExportFile(string Set, string Path, int RowCount, long SizeBytes);
