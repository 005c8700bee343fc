using System.Data.Common;
using System.Text;
using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Multi-row INSERTs built from the EF model (table, columns, value converters and provider type mappings), run on the
/// context's connection and transaction. The demo rows need no generated ids back (every reference is a business key),
/// so this skips change tracking and per-row round trips: an order of magnitude faster than SaveChanges for 10,000 clients.
/// </summary>
internal static class DemoBulkInserter
{
    // SQLite looks each parameter up by name with a linear scan, so wide commands get slower per row, not faster;
    // PostgreSQL gains from fewer round trips.
    private const int SqliteParametersPerCommand = 200;
    private const int ParametersPerCommand = 2_000;
    private const int MaxRowsPerCommand = 200;

    public static async Task InsertAsync<T>(CsMcpDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
            return;

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never)
            .Select(p => new Column(p, p.GetRelationalTypeMapping(), p.GetGetter(), sql.DelimitIdentifier(p.GetColumnName(table)!)))
            .ToArray();
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ";
        var parameters = db.Database.IsSqlite() ? SqliteParametersPerCommand : ParametersPerCommand;
        var rowsPerCommand = Math.Clamp(parameters / columns.Length, 1, MaxRowsPerCommand);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        DbCommand? fullChunk = null;
        try
        {
            for (var offset = 0; offset < rows.Count; offset += rowsPerCommand)
            {
                var count = Math.Min(rowsPerCommand, rows.Count - offset);
                if (count == rowsPerCommand && fullChunk is not null)
                {
                    // Same statement, new values: the provider reuses the prepared statement.
                    SetValues(fullChunk, columns, rows, offset, count);
                    await fullChunk.ExecuteNonQueryAsync(cancellationToken);
                    continue;
                }

                var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = Build(command, prefix, columns, rows, offset, count);
                if (count == rowsPerCommand)
                {
                    fullChunk = command;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
                else
                {
                    await using (command)
                        await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
        }
        finally
        {
            if (fullChunk is not null)
                await fullChunk.DisposeAsync();
        }
    }

    private static void SetValues<T>(DbCommand command, Column[] columns, IReadOnlyList<T> rows, int offset, int count)
        where T : class
    {
        for (var r = 0; r < count; r++)
        {
            var row = rows[offset + r];
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                var value = column.Getter.GetClrValue(row);
                if (value is not null && column.Mapping.Converter is { } converter)
                    value = converter.ConvertToProvider(value);
                command.Parameters[(r * columns.Length) + c].Value = value ?? DBNull.Value;
            }
        }
    }

    private static string Build<T>(DbCommand command, string prefix, Column[] columns, IReadOnlyList<T> rows, int offset, int count)
        where T : class
    {
        var text = new StringBuilder(prefix, prefix.Length + (count * columns.Length * 10));
        for (var r = 0; r < count; r++)
        {
            var row = rows[offset + r];
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var column = columns[c];
                var name = $"@p{(r * columns.Length) + c}";
                if (c > 0)
                    text.Append(", ");
                text.Append(name);
                // CreateParameter applies the property's value converter (enum codes, JSON, UTC, decimal on SQLite).
                command.Parameters.Add(column.Mapping.CreateParameter(command, name, column.Getter.GetClrValue(row), column.Property.IsNullable));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, string Name);
}
