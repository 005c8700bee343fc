using System.Data.Common;
using CsMcp.Infrastructure.Monitoring;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CsMcp.Infrastructure.Persistence.Interceptors;

/// <summary>Counts and times every database command by statement kind; logs slow ones (50 ms warning, 200 ms error).</summary>
public sealed partial class DbMetricsInterceptor(CsMcpMetrics metrics, ILogger<DbMetricsInterceptor> logger) : DbCommandInterceptor
{
    public static readonly TimeSpan SlowWarning = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan SlowError = TimeSpan.FromMilliseconds(200);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(command, eventData.Duration);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(command, eventData.Duration);
        return Task.CompletedTask;
    }

    private void Record(DbCommand command, TimeSpan duration)
    {
        var queryType = QueryType(command.CommandText);
        metrics.DatabaseQueries.WithLabels(queryType).Inc();
        metrics.DatabaseDuration.WithLabels(queryType).Observe(duration.TotalSeconds);
        if (duration >= SlowError)
            SlowQuery(logger, LogLevel.Error, queryType, duration.TotalMilliseconds);
        else if (duration >= SlowWarning)
            SlowQuery(logger, LogLevel.Warning, queryType, duration.TotalMilliseconds);
    }

    /// <summary>select, insert, update, delete or other, from the first keyword of the statement.</summary>
    public static string QueryType(string commandText)
    {
        var text = commandText.AsSpan().TrimStart();
        var end = text.IndexOfAny(" \t\r\n(");
        var keyword = end < 0 ? text : text[..end];
        return keyword switch
        {
            _ when keyword.Equals("SELECT", StringComparison.OrdinalIgnoreCase) || keyword.Equals("WITH", StringComparison.OrdinalIgnoreCase) => "select",
            _ when keyword.Equals("INSERT", StringComparison.OrdinalIgnoreCase) => "insert",
            _ when keyword.Equals("UPDATE", StringComparison.OrdinalIgnoreCase) => "update",
            _ when keyword.Equals("DELETE", StringComparison.OrdinalIgnoreCase) => "delete",
            _ => "other",
        };
    }

    [LoggerMessage(EventId = 2001, Message = "Slow database query: {QueryType} took {ElapsedMs:F1} ms")]
    private static partial void SlowQuery(ILogger logger, LogLevel level, string queryType, double elapsedMs);
}
