using System.Security.Cryptography;

namespace BriData.Loading;

/// <summary>
/// A read-only view of a set file as it is read: counts its bytes against <see cref="BriLoadOptions.MaxFileBytes"/>
/// (a <see cref="FileTooLargeException"/> the moment it is passed, for a file that grew or cannot tell its length) and
/// feeds every byte to a SHA-256, so that a file streamed row by row is hashed in the same single pass.
/// </summary>
internal sealed class SetFileStream(Stream inner, long maxBytes, bool hash) : Stream
{
    private readonly IncrementalHash? sha256 = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    private long read;

    /// <summary>The bytes read so far.</summary>
    public long BytesRead => read;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Reads what is left of the file (within the limit, into the hash only) and returns the SHA-256 of all its bytes,
    /// 64 lowercase hexadecimal digits; null when hashing was not asked for.
    /// </summary>
    /// <exception cref="FileTooLargeException">The rest of the file passes the limit.</exception>
    public string? Finish()
    {
        if (sha256 is null)
        {
            return null;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (Read(buffer, 0, 1 << 16) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        read += n;
        if (read > maxBytes)
        {
            throw new FileTooLargeException();
        }

        sha256?.AppendData(buffer[..n]);
        return n;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sha256?.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
