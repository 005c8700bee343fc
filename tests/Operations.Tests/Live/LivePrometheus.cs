using System.Globalization;
using System.Text.Json;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests.Live;

/// <summary>A real Prometheus on loopback scraping one CsMcp every second, with the shipped alert rules loaded.</summary>
public sealed class LivePrometheus : IDisposable
{
    private readonly LiveProcess _process;
    private readonly HttpClient _http;

    private LivePrometheus(LiveProcess process, HttpClient http, Uri baseUrl)
    {
        _process = process;
        _http = http;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<LivePrometheus> StartAsync(string prometheus, int csMcpMetricsPort, string workDirectory, HttpClient http)
    {
        var port = LiveProcess.FreePort();
        var config = Path.Combine(workDirectory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:
              - {Repository.File("deploy/prometheus/alerts.yml")}
            scrape_configs:
              - job_name: csmcp
                static_configs:
                  - targets: ["127.0.0.1:{csMcpMetricsPort}"]
            """);
        var process = LiveProcess.Start(prometheus,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(workDirectory, "tsdb")}",
            $"--web.listen-address=127.0.0.1:{port}",
        ]);
        var live = new LivePrometheus(process, http, new Uri($"http://127.0.0.1:{port}/"));
        await process.WaitUntilReadyAsync(http, new Uri(live.BaseUrl, "-/ready"), TimeSpan.FromSeconds(60));
        return live;
    }

    /// <summary>Runs an instant query through the HTTP API; returns the status and the result series.</summary>
    public async Task<(string Status, JsonElement Result, string? Error)> QueryAsync(string expression)
    {
        var url = new Uri(BaseUrl, $"api/v1/query?query={Uri.EscapeDataString(expression)}");
        using var response = await _http.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var status = body.GetProperty("status").GetString()!;
        return status == "success"
            ? (status, body.GetProperty("data").GetProperty("result").Clone(), null)
            : (status, default, body.GetProperty("error").GetString());
    }

    /// <summary>Waits until a scalar query reaches at least <paramref name="expected"/>, i.e. Prometheus has scraped the traffic.</summary>
    public async Task WaitForAsync(string expression, double expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        double last = double.NaN;
        while (DateTime.UtcNow < deadline)
        {
            var (_, result, _) = await QueryAsync(expression);
            if (result.ValueKind == JsonValueKind.Array && result.GetArrayLength() > 0)
            {
                last = double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
                if (last >= expected)
                    return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"{expression} stayed at {last}, expected >= {expected} within {timeout.TotalSeconds} s.");
    }

    public void Dispose() => _process.Dispose();
}
