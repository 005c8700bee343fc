using CsMcp.TestSupport;
using System.Diagnostics;

namespace CsMcp.McpHost.Tests.Support;

public static class Promtool
{
    public static string? Path { get; } = new[] { "/usr/bin/promtool", "/usr/local/bin/promtool" }.FirstOrDefault(File.Exists);

    /// <summary>Local runs without promtool skip; CI installs it, so there a missing promtool fails the test.</summary>
    public static void SkipUnlessAvailable()
    {
        Skip.If(Path is null && !CiEnvironment.IsCi, "promtool is not installed (apt-get install prometheus).");
        Assert.True(Path is not null, "promtool is required in CI; .ci/run installs Debian's prometheus package.");
    }

    public static async Task<(int ExitCode, string Output)> CheckMetricsAsync(string exposition)
    {
        var info = new ProcessStartInfo(Path!, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
