using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CsMcp.McpHost.Tests.Cli;

/// <summary>Runs the built server's <c>seed</c> command as a separate process against a temporary SQLite data directory.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"csmcp-seed-cli-{Guid.NewGuid():N}");

    [Fact]
    public async Task Seed_fills_an_empty_database_and_prints_a_summary()
    {
        var (exit, stdout, _) = await RunAsync("seed", "--clients", "12", "--seed", "5");

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Seeding SQLite {Path.Combine(_dataDir, "csmcp.db")} with 12 demo clients (seed 5)...", lines[0]);
        Assert.Matches(@"^Seeded a demo portfolio of 12 clients \(\d+ rows including \d+ health snapshots, seed 5, as of \d{4}-\d{2}-\d{2}\) in \d+\.\d s\.$", lines[1]);
        Assert.Equal(9, lines.Count(l => l.EndsWith(" clients", StringComparison.Ordinal) && !l.StartsWith("Seed", StringComparison.Ordinal)));
        Assert.Equal(12L, Count("SELECT COUNT(*) FROM clients"));
    }

    [Fact]
    public async Task Seed_refuses_a_database_with_clients_unless_forced()
    {
        await RunAsync("seed", "--clients", "6");

        var (refusedExit, _, refusedError) = await RunAsync("seed", "--clients", "8");
        var (forcedExit, forcedOutput, _) = await RunAsync("seed", "--clients", "8", "--force");

        Assert.Equal(1, refusedExit);
        Assert.Contains("Not seeded: the database already has 6 clients.", refusedError, StringComparison.Ordinal);
        Assert.Equal(0, forcedExit);
        Assert.Contains(", replacing the previous 6 demo clients.", forcedOutput, StringComparison.Ordinal);
        Assert.Equal(8L, Count("SELECT COUNT(*) FROM clients"));
    }

    [Fact]
    public async Task Seed_rejects_a_client_count_out_of_range()
    {
        var (exit, _, stderr) = await RunAsync("seed", "--clients", "0");

        Assert.NotEqual(0, exit);
        Assert.Contains("--clients must be between 1 and 100000; got 0.", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dataDir, "csmcp.db")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
    }

    private long Count(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDir, "csmcp.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CsMcp.McpHost.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["CSMCP_DATA_DIR"] = _dataDir;
        start.Environment.Remove("DATABASE_URL");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
