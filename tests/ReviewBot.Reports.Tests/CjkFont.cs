using ReviewBot.Reports.Charts;

namespace ReviewBot.Reports.Tests;

/// <summary>Tests of Chinese and Japanese text need a CJK font; without one they skip, except on CI, where they fail.</summary>
internal static class CjkFont
{
    public const string Missing = "No CJK font is installed, so Chinese labels would be boxes: apt-get install -y fonts-noto-cjk";

    public static void Require()
    {
        if (ChartFont.HasCjk)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Missing);
        }

        Assert.Skip(Missing);
    }
}
