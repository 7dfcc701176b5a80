using System.Runtime.InteropServices;

namespace BriData.Loading;

/// <summary>
/// Tells a regular file from a folder, named pipe, socket or device before it is opened: opening a named pipe
/// (<c>mkfifo</c>, which tar archives can carry) for reading blocks until a writer appears, and a device can be
/// endless. <see cref="File.Exists(string)"/> is true for all of them, and .NET's file attributes do not tell them
/// apart on Unix, so there the file's type is read with <c>stat</c> (through the runtime's own native shim,
/// <c>libSystem.Native</c>, whose <c>FileStatus</c> starts with the flags and the mode on every Unix).
/// </summary>
internal static partial class RegularFile
{
    private const int TypeMask = 0xF000; // S_IFMT
    private const int Regular = 0x8000; // S_IFREG

    /// <summary>What a path is.</summary>
    public enum Kind
    {
        /// <summary>Nothing is there.</summary>
        Missing,

        /// <summary>A regular file (or a link to one).</summary>
        Regular,

        /// <summary>A folder, named pipe, socket, device or anything else that is not a regular file.</summary>
        Special,
    }

    /// <summary>What <paramref name="path"/> is, following links.</summary>
    public static Kind Of(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                if (Stat(path, out var status) != 0)
                {
                    return Directory.Exists(path) ? Kind.Special : File.Exists(path) ? Kind.Special : Kind.Missing;
                }

                return (status.Mode & TypeMask) == Regular ? Kind.Regular : Kind.Special;
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // No native shim (an unusual host): fall through to what the file attributes tell.
            }
        }

        if (Directory.Exists(path))
        {
            return Kind.Special;
        }

        if (!File.Exists(path))
        {
            return Kind.Missing;
        }

        var attributes = File.GetAttributes(path);
        return (attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0 ? Kind.Special : Kind.Regular;
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    /// <summary>The start of the runtime's <c>FileStatus</c> (flags, mode, uid, gid, size), padded for the fields after it.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
    }
}
