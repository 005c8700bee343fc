using System.Data.Common;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Common.Behaviors;

/// <summary>Counts every failure by a closed error_type, then rethrows for the host to map.</summary>
public sealed class ErrorCountingBehavior<TMessage, TResponse>(IToolMetrics metrics) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception)
        {
            metrics.ErrorRecorded(Classify(exception));
            throw;
        }
    }

    public static string Classify(Exception exception) => exception switch
    {
        AppException app => app.ErrorType,
        OperationCanceledException => ErrorTypes.Cancelled,
        TimeoutException => ErrorTypes.Timeout,
        DbUpdateException or DbException => ErrorTypes.Database,
        _ => ErrorTypes.Internal,
    };
}
