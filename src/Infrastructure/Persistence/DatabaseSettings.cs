using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CsMcp.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives. DATABASE_URL selects PostgreSQL (URI or key=value form); otherwise an embedded SQLite file
/// in an absolute data directory (CSMCP_DATA_DIR), so the server works from whatever directory an MCP client starts it in.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string Description)
{
    public const string DatabaseFileName = "csmcp.db";
    public const string DemoDataVariable = "CSMCP_DEMO_DATA";

    /// <summary>
    /// Seed the demo portfolio when the embedded database starts empty (CSMCP_DEMO_DATA, default true).
    /// Always false for PostgreSQL: demo data goes there only through the explicit seed command.
    /// </summary>
    public bool DemoDataOnFirstStart { get; init; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var url = configuration["DATABASE_URL"];
        if (!string.IsNullOrWhiteSpace(url))
        {
            var connectionString = PostgresConnectionString(url);
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return new DatabaseSettings(DatabaseProvider.Postgres, connectionString, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
        }

        var dataDir = DataDirectory(configuration);
        var path = Path.Combine(dataDir, DatabaseFileName);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Cache=Shared;Pooling=True", $"SQLite {path}")
        {
            DemoDataOnFirstStart = !IsOff(configuration[DemoDataVariable]),
        };
    }

    private static bool IsOff(string? value) =>
        value?.Trim().ToUpperInvariant() is "FALSE" or "0" or "NO" or "OFF";

    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["CSMCP_DATA_DIR"];
        var dir = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "csmcp")
            : Environment.ExpandEnvironmentVariables(configured);
        return Path.GetFullPath(dir);
    }

    /// <summary>Accepts postgresql://user:pass@host:port/db?sslmode=require as well as Npgsql's key=value form.</summary>
    public static string PostgresConnectionString(string url)
    {
        url = url.Trim();
        if (!url.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new NpgsqlConnectionStringBuilder(url).ConnectionString;

        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
                builder.Password = Uri.UnescapeDataString(parts[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
        }

        return builder.ConnectionString;
    }
}
