using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CreativeGraph.Persistence.Resilience;

/// <summary>
/// Which file a path names: on Linux the device and inode numbers (<c>statx</c>), so a file replaced by another
/// (a new copy moved into place) is told from the same file written to; elsewhere the file's creation time.
/// Null when nothing exists at the path. Asking allocates nothing, so it can run before every connection opens.
/// </summary>
internal readonly partial record struct FileIdentity(ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;

    // struct statx has the same layout on every architecture: stx_ino at byte 32, stx_dev_major/minor at 136/140.
    private const int StatxSize = 256;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;

    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            Span<byte> buffer = stackalloc byte[StatxSize];
            if (Statx(AtFdCwd, path, 0, StatxIno, buffer) != 0)
            {
                return File.Exists(path) ? new FileIdentity(0, 0) : null;
            }

            ulong inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer[InodeOffset..]);
            uint major = BinaryPrimitives.ReadUInt32LittleEndian(buffer[DeviceMajorOffset..]);
            uint minor = BinaryPrimitives.ReadUInt32LittleEndian(buffer[DeviceMinorOffset..]);
            if (!BitConverter.IsLittleEndian)
            {
                inode = BinaryPrimitives.ReverseEndianness(inode);
                major = BinaryPrimitives.ReverseEndianness(major);
                minor = BinaryPrimitives.ReverseEndianness(minor);
            }

            return new FileIdentity(((ulong)major << 32) | minor, inode);
        }

        return File.Exists(path) ? new FileIdentity(0, (ulong)File.GetCreationTimeUtc(path).Ticks) : null;
    }

    public override string ToString() => $"{Device >> 32}:{Device & uint.MaxValue}:{Inode}";

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);
}
