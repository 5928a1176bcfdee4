namespace Scheduling.Exports.Tests;

/// <summary>A write-only stream that cannot seek, as an HTTP response body.</summary>
internal sealed class ForwardOnlyStream : Stream
{
    public MemoryStream Written { get; } = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing) Written.Dispose();
        base.Dispose(disposing);
    }
}
