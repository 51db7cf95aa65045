using SkiaSharp;

namespace ReviewBot.Reports.Tests;

/// <summary>A decoded PNG and the questions the chart tests ask of it.</summary>
internal sealed class Png : IDisposable
{
    private readonly SKBitmap bitmap;

    private Png(SKBitmap bitmap) => this.bitmap = bitmap;

    public int Width => bitmap.Width;

    public int Height => bitmap.Height;

    public static Png Decode(byte[] bytes)
    {
        Assert.True(bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G', "not a PNG");
        return new Png(SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("Skia could not decode the PNG."));
    }

    public int DistinctColours() => Pixels(0, 0, Width, Height).Distinct().Count();

    /// <summary>How many pixels are exactly <paramref name="hex"/>: the inside of a filled bar is, where its edges are blended.</summary>
    public int CountOf(string hex)
    {
        var wanted = SKColor.Parse(hex);
        return Pixels(0, 0, Width, Height).Count(p => p.Red == wanted.Red && p.Green == wanted.Green && p.Blue == wanted.Blue);
    }

    /// <summary>Pixels that are not near white: text, lines and bars.</summary>
    public int InkIn(int left, int top, int right, int bottom) =>
        Pixels(left, top, right, bottom).Count(p => p.Red < 200 || p.Green < 200 || p.Blue < 200);

    public SKColor[] Region(int left, int top, int right, int bottom) => [.. Pixels(left, top, right, bottom)];

    public void Dispose() => bitmap.Dispose();

    private IEnumerable<SKColor> Pixels(int left, int top, int right, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }
}
