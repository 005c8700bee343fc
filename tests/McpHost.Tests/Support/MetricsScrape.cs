using System.Globalization;

namespace CsMcp.McpHost.Tests.Support;

/// <summary>Reads sample values from a Prometheus text exposition.</summary>
public sealed class MetricsScrape(string text)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string Text { get; } = text;

    public static async Task<MetricsScrape> FromAsync(Uri url) => new(await Http.GetStringAsync(url));

    /// <summary>The value of the sample written exactly as <paramref name="series"/> (name and labels), or 0 when absent.</summary>
    public double Value(string series)
    {
        foreach (var line in Text.Split('\n'))
        {
            if (line.StartsWith(series + " ", StringComparison.Ordinal))
                return double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
        }

        return 0;
    }
}
