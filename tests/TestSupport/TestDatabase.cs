using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using CsMcp.Infrastructure.Persistence.Interceptors;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace CsMcp.TestSupport;

/// <summary>
/// A migrated, empty database for one test: in-memory SQLite, or a fresh PostgreSQL database on the server named by
/// CSMCP_TEST_POSTGRES (a key=value connection string with rights to create databases). Disposing drops it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CSMCP_TEST_POSTGRES";

    private readonly SqliteConnection? _sqlite;
    private string? _sqliteDirectory;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string provider, Func<CsMcpDbContext> factory, SqliteConnection? sqlite, string? postgresAdmin, string? postgresName, string? postgresTarget = null)
    {
        Provider = provider;
        CreateContext = factory;
        _sqlite = sqlite;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        PostgresTarget = postgresTarget;
    }

    public string Provider { get; }

    /// <summary>The PostgreSQL test database's own connection string (null for SQLite), for tests that build the production configuration.</summary>
    public string? PostgresTarget { get; }

    /// <summary>A new context on the same database, as each request scope would get.</summary>
    public Func<CsMcpDbContext> CreateContext { get; }

    public CsMcpMetrics Metrics { get; } = new();

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable);

    /// <summary>Skips PostgreSQL-backed tests locally when no server is configured; in CI (CI=true) they must run.</summary>
    public static void SkipUnlessAvailable(string provider)
    {
        Skip.If(provider == Providers.Postgres && PostgresConnectionString is null && !CiEnvironment.IsCi,
            $"Set {PostgresVariable} to run the PostgreSQL-backed tests.");
    }

    public static Task<TestDatabase> CreateAsync(string provider) =>
        provider == Providers.Postgres ? CreatePostgresAsync() : CreateSqliteAsync();

    public static async Task<TestDatabase> CreateSqliteAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        TestDatabase? database = null;
        database = new TestDatabase(Providers.Sqlite, () => new SqliteCsMcpDbContext(
            new DbContextOptionsBuilder<SqliteCsMcpDbContext>().UseSqlite(connection)
                .AddInterceptors(new DbMetricsInterceptor(database!.Metrics, NullLogger<DbMetricsInterceptor>.Instance)).Options),
            connection, null, null);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    /// <summary>
    /// A SQLite file in a temporary directory, each context with its own connection, as the server runs it. For tests in which
    /// background work (the worker scheduler) uses the database while the test reads it: the one in-memory connection of
    /// <see cref="CreateSqliteAsync"/> cannot be used from two threads at once.
    /// </summary>
    public static async Task<TestDatabase> CreateSqliteFileAsync()
    {
        var directory = Directory.CreateTempSubdirectory("csmcp-test-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "csmcp.db"), Pooling = false }.ToString();
        TestDatabase? database = null;
        database = new TestDatabase(Providers.Sqlite, () => new SqliteCsMcpDbContext(
            new DbContextOptionsBuilder<SqliteCsMcpDbContext>().UseSqlite(connectionString)
                .AddInterceptors(new DbMetricsInterceptor(database!.Metrics, NullLogger<DbMetricsInterceptor>.Instance)).Options),
            null, null, null) { _sqliteDirectory = directory };
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = PostgresConnectionString
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set; .ci/run sets it after starting PostgreSQL.");
        var name = $"csmcp_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'", connection);
            await create.ExecuteNonQueryAsync();
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        TestDatabase? database = null;
        database = new TestDatabase(Providers.Postgres, () => new PostgresCsMcpDbContext(
            new DbContextOptionsBuilder<PostgresCsMcpDbContext>().UseNpgsql(target)
                .AddInterceptors(new DbMetricsInterceptor(database!.Metrics, NullLogger<DbMetricsInterceptor>.Instance)).Options),
            null, admin, name, target);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null)
            await _sqlite.DisposeAsync();
        if (_sqliteDirectory is not null)
            Directory.Delete(_sqliteDirectory, recursive: true);
        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

public static class Providers
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>For [SkippableTheory] [MemberData(nameof(Providers.All), MemberType = typeof(Providers))].</summary>
    public static TheoryData<string> All => new() { Sqlite, Postgres };
}
