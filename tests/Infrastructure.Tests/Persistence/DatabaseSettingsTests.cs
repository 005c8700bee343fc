using CsMcp.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace CsMcp.Infrastructure.Tests.Persistence;

public class DatabaseSettingsTests
{
    private static DatabaseSettings From(params (string Key, string Value)[] values) =>
        DatabaseSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Postgres_uri_with_escaped_credentials_port_and_sslmode_becomes_a_connection_string()
    {
        var settings = From(("DATABASE_URL", "postgresql://cs%40user:p%3Ass@db.internal:6543/customer_success?sslmode=require"));

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(DatabaseProvider.Postgres, settings.Provider);
        Assert.Equal(("db.internal", 6543, "customer_success", "cs@user", "p:ss", SslMode.Require),
            (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
        Assert.Equal("PostgreSQL db.internal:6543/customer_success", settings.Description);
        Assert.DoesNotContain("p:ss", settings.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_uri_without_port_uses_5432_and_key_value_form_is_accepted()
    {
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(From(("DATABASE_URL", "postgres://u:p@h/db")).ConnectionString).Port);
        var keyValue = From(("DATABASE_URL", "Host=h2;Port=5000;Database=d;Username=u;Password=p"));
        Assert.Equal(("h2", 5000), (new NpgsqlConnectionStringBuilder(keyValue.ConnectionString).Host, new NpgsqlConnectionStringBuilder(keyValue.ConnectionString).Port));
    }

    [Fact]
    public void Without_database_url_sqlite_lives_in_an_absolute_data_directory()
    {
        var settings = From(("CSMCP_DATA_DIR", "relative/dir"));

        var expected = Path.Combine(Path.GetFullPath("relative/dir"), "csmcp.db");
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains($"Data Source={expected}", settings.ConnectionString, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(expected));
    }

    [Fact]
    public void Default_data_directory_is_absolute_under_the_users_data_folder() =>
        Assert.True(Path.IsPathRooted(DatabaseSettings.DataDirectory(new ConfigurationBuilder().Build())));
}
