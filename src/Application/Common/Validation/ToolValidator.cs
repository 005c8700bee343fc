using FluentValidation;

namespace CsMcp.Application.Common.Validation;

/// <summary>Base of every tool validator: messages name arguments by their snake_case wire names.</summary>
public abstract class ToolValidator<TRequest> : AbstractValidator<TRequest>
{
    static ToolValidator()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
            member is not null ? ArgumentNames.FromMemberPath(member.Name)
            : expression is not null ? ArgumentNames.FromMemberPath(FluentValidation.Internal.PropertyChain.FromExpression(expression).ToString())
            : null;
    }
}
