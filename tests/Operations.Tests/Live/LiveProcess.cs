using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CsMcp.Operations.Tests.Live;

/// <summary>A child process of the live check (CsMcp or Prometheus), killed on dispose, with its stderr kept for failure messages.</summary>
public sealed class LiveProcess : IDisposable
{
    private LiveProcess(Process process) => Process = process;

    public Process Process { get; }
    public ConcurrentQueue<string> Output { get; } = new();

    public static LiveProcess Start(string fileName, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            info.Environment[key] = value;

        var live = new LiveProcess(Process.Start(info)!);
        live.Process.OutputDataReceived += (_, e) => { if (e.Data is not null) live.Output.Enqueue(e.Data); };
        live.Process.ErrorDataReceived += (_, e) => { if (e.Data is not null) live.Output.Enqueue(e.Data); };
        live.Process.BeginOutputReadLine();
        live.Process.BeginErrorReadLine();
        return live;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200, or fails with the process output.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, Uri url, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(Process.HasExited, $"{Process.StartInfo.FileName} exited early:\n{string.Join('\n', Output)}");
            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{url} was not ready within {timeout.TotalSeconds} s:\n{string.Join('\n', Output)}");
    }

    public void Dispose()
    {
        if (!Process.HasExited)
            Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
