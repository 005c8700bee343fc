using CsMcp.Application.Common.Validation;
using FluentValidation;
using Mediator;
using ValidationException = CsMcp.Application.Common.Exceptions.ValidationException;

namespace CsMcp.Application.Common.Behaviors;

/// <summary>Runs every validator of the request; the handler never sees an invalid request.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private readonly IValidator<TMessage>[] _validators = [.. validators];

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (_validators.Length == 0)
            return await next(message, cancellationToken);

        var context = new ValidationContext<TMessage>(message);
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in _validators)
        {
            var result = await validator.ValidateAsync(context, cancellationToken);
            if (result.Errors.Count > 0)
                (failures ??= []).AddRange(result.Errors);
        }

        if (failures is not null)
            throw new ValidationException(ArgumentErrors.From(failures));

        return await next(message, cancellationToken);
    }
}
