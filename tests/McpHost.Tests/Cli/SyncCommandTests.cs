using System.Diagnostics;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Infrastructure.Persistence;
using CsMcp.Infrastructure.Tests.Integrations.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using WireMock.Server;

namespace CsMcp.McpHost.Tests.Cli;

/// <summary>
/// Runs the built server's <c>sync</c> command as a separate process against a temporary SQLite data directory with two
/// linked clients, and against loopback fakes of Zendesk, Intercom and Mixpanel reached through the *_BASE_URL overrides.
/// The process runs on the real clock, so every run passes <c>--since</c> to cover the fakes' fixed dates.
/// </summary>
public sealed class SyncCommandTests : IAsyncLifetime
{
    private const string Since = "2026-03-01T00:00:00Z";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"csmcp-sync-cli-{Guid.NewGuid():N}");
    private readonly WireMockServer _fakes = WireMockServer.Start();
    private string _acme = null!;
    private string _globex = null!;

    private string DatabasePath => Path.Combine(_dataDir, DatabaseSettings.DatabaseFileName);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        await using var db = Context();
        await db.Database.MigrateAsync();
        _acme = await RegisterAsync(db, "Acme", VendorFakes.AcmeOrganization, "acme-co", "acme");
        _globex = await RegisterAsync(db, "Globex", VendorFakes.GlobexOrganization, "globex-co", "globex");
    }

    public Task DisposeAsync()
    {
        _fakes.Stop();
        _fakes.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDir))
            Directory.Delete(_dataDir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Sync_imports_from_the_fakes_prints_the_summary_and_a_second_run_changes_nothing()
    {
        VendorFakes.ServeAll(_fakes);

        var (exit, stdout, stderr) = await RunAsync("sync", "--since", Since);

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        Assert.Equal(
            [
                "zendesk synced: 2/2 clients, 4 created, 0 updated, 0 unchanged; intercom synced: 2/2 clients, 2 created, 0 updated, 0 unchanged; "
                + "mixpanel synced: 2/2 clients, 2 created, 0 updated, 0 unchanged.",
                "  zendesk   synced: 2/2 clients, 4 created, 0 updated, 0 unchanged, 0 failed",
                "  intercom  synced: 2/2 clients, 2 created, 0 updated, 0 unchanged, 0 failed",
                "  mixpanel  synced: 2/2 clients, 2 created, 0 updated, 0 unchanged, 0 failed",
            ],
            Lines(stdout));
        Assert.Equal(
            [$"{_acme} zendesk:11", $"{_acme} zendesk:12", $"{_acme} zendesk:13", $"{_globex} zendesk:21"],
            Strings("SELECT client_id || ' ' || external_id FROM support_tickets ORDER BY external_id"));
        Assert.Equal(["intercom:conversation:conv-9", "intercom:last_seen:ic-acme:2026-06-14"], Strings("SELECT external_id FROM engagement_events ORDER BY external_id"));
        Assert.Equal(["2026-05-01 40 1200", "2026-06-01 30 500"], Strings("SELECT period_start || ' ' || active_users || ' ' || total_actions FROM usage_periods ORDER BY period_start"));
        Assert.Equal(["6 0"], Strings("SELECT COUNT(*) || ' ' || COUNT(last_error_type) FROM integration_sync_states WHERE last_synced_at IS NOT NULL"));

        var (again, secondOutput, _) = await RunAsync("sync", "--since", Since);

        Assert.Equal(0, again);
        Assert.Equal(
            "zendesk synced: 2/2 clients, 0 created, 0 updated, 4 unchanged; intercom synced: 2/2 clients, 0 created, 0 updated, 2 unchanged; "
            + "mixpanel synced: 2/2 clients, 0 created, 0 updated, 2 unchanged.",
            Lines(secondOutput)[0]);
    }

    [Fact]
    public async Task A_client_the_vendor_fails_for_makes_the_exit_code_1_and_is_printed_with_the_error()
    {
        VendorFakes.ServeZendesk(_fakes, globexFails: true);

        var (exit, stdout, _) = await RunAsync("sync", "--integration", "zendesk", "--client", _acme, "--client", _globex, "--since", Since);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "zendesk partial: 1/2 clients, 3 created, 0 updated, 0 unchanged, 1 failed.",
                "  zendesk   partial: 1/2 clients, 3 created, 0 updated, 0 unchanged, 1 failed",
                $"    {_globex}: integration_unavailable: Zendesk answered with a server error (HTTP 500) to list an organization's ticket activity, after retries where they were safe. Try again later.",
            ],
            Lines(stdout));
        Assert.Equal(["3"], Strings("SELECT COUNT(*) FROM support_tickets"));
        Assert.Equal([$"{_globex} integration_unavailable"], Strings("SELECT client_id || ' ' || last_error_type FROM integration_sync_states WHERE last_error_type IS NOT NULL"));
    }

    [Theory]
    [InlineData("--since", "yesterday", "--since must be an ISO 8601 time like 2026-05-01T00:00:00Z; got 'yesterday'.")]
    [InlineData("--integration", "salesforce", "'integrations' has 'salesforce', which is not one of: zendesk, intercom, mixpanel (case-insensitive).")]
    [InlineData("--client", "acme corp", "'client_ids' must be alphanumeric (letters, digits, '_' and '-' only).")]
    [InlineData("--client", "cs_1_nobody", "No client with client_id 'cs_1_nobody' exists. Call list_clients to find existing client ids.")]
    public async Task Bad_arguments_exit_with_2_and_say_what_is_wrong_without_calling_any_vendor(string option, string value, string message)
    {
        var (exit, stdout, stderr) = await RunAsync("sync", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
        Assert.Empty(_fakes.LogEntries);
    }

    private SqliteCsMcpDbContext Context() => new(new DbContextOptionsBuilder<SqliteCsMcpDbContext>().UseSqlite($"Data Source={DatabasePath};Pooling=False").Options);

    private static async Task<string> RegisterAsync(SqliteCsMcpDbContext db, string name, string organization, string company, string group) =>
        (await new RegisterClientHandler(db, TimeProvider.System).Handle(
            new RegisterClient { ClientName = name, CompanyName = $"{name} Ltd", ZendeskOrganizationId = organization, IntercomCompanyId = company, MixpanelGroupKey = group },
            default)).ClientId;

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private List<string> Strings(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return rows;
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CsMcp.McpHost.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("ZENDESK_", StringComparison.Ordinal) || k.StartsWith("INTERCOM_", StringComparison.Ordinal)
            || k.StartsWith("MIXPANEL_", StringComparison.Ordinal) || k.StartsWith("SENDGRID_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(variable);
        start.Environment.Remove("DATABASE_URL");
        start.Environment["CSMCP_DATA_DIR"] = _dataDir;
        start.Environment["CSMCP_DEMO_DATA"] = "false";
        start.Environment["CSMCP_INTEGRATION_RETRY_DELAY_MS"] = "20";
        start.Environment["ZENDESK_SUBDOMAIN"] = "acme";
        start.Environment["ZENDESK_EMAIL"] = "agent@acme.test";
        start.Environment["ZENDESK_API_TOKEN"] = "zd-cli-token";
        start.Environment["ZENDESK_BASE_URL"] = _fakes.Url;
        start.Environment["INTERCOM_ACCESS_TOKEN"] = "ic-cli-token";
        start.Environment["INTERCOM_ADMIN_ID"] = "991";
        start.Environment["INTERCOM_BASE_URL"] = _fakes.Url;
        start.Environment["MIXPANEL_SERVICE_ACCOUNT"] = "csmcp.sa";
        start.Environment["MIXPANEL_SERVICE_ACCOUNT_SECRET"] = "mp-cli-secret";
        start.Environment["MIXPANEL_PROJECT_ID"] = "31337";
        start.Environment["MIXPANEL_API_URL"] = _fakes.Url;
        start.Environment["MIXPANEL_USAGE_EVENT"] = "Session";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
