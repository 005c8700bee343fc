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
    public Task<(string Status, JsonElement Result, string? Error)> QueryAsync(string expression) =>
        GetAsync($"api/v1/query?query={Uri.EscapeDataString(expression)}");

    /// <summary>Runs a range query (what Grafana sends for a time-series panel) over the last <paramref name="range"/>.</summary>
    public Task<(string Status, JsonElement Result, string? Error)> QueryRangeAsync(string expression, TimeSpan range, TimeSpan step)
    {
        var end = DateTimeOffset.UtcNow;
        var start = end - range;
        return GetAsync(string.Create(CultureInfo.InvariantCulture,
            $"api/v1/query_range?query={Uri.EscapeDataString(expression)}&start={start.ToUnixTimeSeconds()}&end={end.ToUnixTimeSeconds()}&step={step.TotalSeconds}"));
    }

    /// <summary>The values of a label on the series of one metric (how Grafana fills a label_values variable).</summary>
    public async Task<IReadOnlyList<string>> LabelValuesAsync(string label, string metric)
    {
        var body = await GetJsonAsync($"api/v1/label/{label}/values?match[]={Uri.EscapeDataString(metric)}");
        return [.. body.GetProperty("data").EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>The loaded rule groups (/api/v1/rules): every rule with its health and last evaluation error.</summary>
    public async Task<IReadOnlyList<(string Name, string Health, string? Error)>> RulesAsync()
    {
        var body = await GetJsonAsync("api/v1/rules");
        return [.. body.GetProperty("data").GetProperty("groups").EnumerateArray()
            .SelectMany(g => g.GetProperty("rules").EnumerateArray())
            .Select(r => (r.GetProperty("name").GetString()!, r.GetProperty("health").GetString()!,
                r.TryGetProperty("lastError", out var e) && e.GetString() is { Length: > 0 } error ? error : null))];
    }

    /// <summary>The rules once every group has been evaluated at least once (groups may have their own, longer interval).</summary>
    public async Task<IReadOnlyList<(string Name, string Health, string? Error)>> WaitForRulesEvaluatedAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var rules = await RulesAsync();
        while (rules.Any(r => r.Health == "unknown") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            rules = await RulesAsync();
        }

        return rules;
    }

    private async Task<(string Status, JsonElement Result, string? Error)> GetAsync(string relative)
    {
        var body = await GetJsonAsync(relative);
        var status = body.GetProperty("status").GetString()!;
        return status == "success"
            ? (status, body.GetProperty("data").GetProperty("result").Clone(), null)
            : (status, default, body.GetProperty("error").GetString());
    }

    private async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var response = await _http.GetAsync(new Uri(BaseUrl, relative));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
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
