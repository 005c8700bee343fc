using FluentValidation;

namespace CsMcp.Application.Common.Validation;

/// <summary>Base of every tool validator: messages name arguments by their snake_case wire names.</summary>
public abstract class ToolValidator<TRequest> : AbstractValidator<TRequest>
{
    static ToolValidator()
    {
        ValidatorOptions.Global.DisplayNameResolver = ArgumentDisplayNames.Resolve;
    }
}
