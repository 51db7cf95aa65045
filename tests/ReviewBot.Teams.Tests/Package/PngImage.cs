using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReviewBot.Teams.Tests.Package;

/// <summary>
/// Just enough of a PNG decoder to check an icon: the header, and the pixels of 8-bit RGB(A) or grey(+alpha)
/// images as RGBA, so a test can look at every pixel without an imaging library.
/// </summary>
internal sealed record PngImage(int Width, int Height, byte BitDepth, byte ColorType, byte[] Rgba)
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var at = ((y * Width) + x) * 4;
        return (Rgba[at], Rgba[at + 1], Rgba[at + 2], Rgba[at + 3]);
    }

    public static PngImage Read(byte[] file)
    {
        if (!file.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0;
        byte depth = 0, type = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var kind = Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (depth, type) = (data[8], data[9]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        var channels = type switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
        if (depth != 8 || channels == 0)
        {
            // Palette or 16-bit icons are valid PNGs but not what this decoder reads; the header is still reported.
            return new PngImage(width, height, depth, type, []);
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? line[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                line[i] = (byte)(line[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var px = line.AsSpan(x * channels, channels);
                var to = ((y * width) + x) * 4;
                (rgba[to], rgba[to + 1], rgba[to + 2], rgba[to + 3]) = channels switch
                {
                    1 => (px[0], px[0], px[0], (byte)255),
                    2 => (px[0], px[0], px[0], px[1]),
                    3 => (px[0], px[1], px[2], (byte)255),
                    _ => (px[0], px[1], px[2], px[3]),
                };
            }

            previous = line;
        }

        return new PngImage(width, height, depth, type, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
