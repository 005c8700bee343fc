using System.Collections.Concurrent;
using System.Diagnostics;

namespace CsMcp.McpHost.Tests.Support;

/// <summary>The built server as a plain child process, for exit codes, signals and raw stdout checks.</summary>
public sealed class ServerProcess : IDisposable
{
    private ServerProcess(Process process) => Process = process;

    public Process Process { get; }
    public ConcurrentQueue<string> StandardError { get; } = new();

    public static ServerProcess Start(IEnumerable<string> arguments, IDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["CSMCP_WORKERS"] = "off";
        info.ArgumentList.Add(ServerBinary.DllPath);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
            info.Environment[key] = value;

        var server = new ServerProcess(Process.Start(info)!);
        server.Process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                server.StandardError.Enqueue(e.Data);
        };
        server.Process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Sends SIGTERM, as a service manager or container runtime does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await Process.WaitForExitAsync(cancellation.Token);
        return Process.ExitCode;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
            Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }
}
