using System.Linq.Expressions;
using System.Reflection;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;
using FluentValidation;

namespace CsMcp.Application.Common.Validation;

/// <summary>
/// Base of every tool validator: messages name arguments by their snake_case wire names; every argument marked
/// <see cref="OneOfAttribute{TEnum}"/> is checked against its closed set; a request that derives from
/// <see cref="PortfolioScope"/> gets the portfolio filter rules.
/// </summary>
public abstract class ToolValidator<TRequest> : AbstractValidator<TRequest>
{
    static ToolValidator()
    {
        ValidatorOptions.Global.DisplayNameResolver = ArgumentDisplayNames.Resolve;
    }

    protected ToolValidator()
    {
        foreach (var property in typeof(TRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            if (property.GetCustomAttributes().OfType<IClosedSet>().FirstOrDefault() is { } set)
                AddClosedSetRule(property, set);
        }

        if (typeof(TRequest) != typeof(PortfolioScope) && typeof(TRequest).IsAssignableTo(typeof(PortfolioScope)))
            Include((IValidator<TRequest>)(object)PortfolioScopeValidator.Instance);
    }

    private void AddClosedSetRule(PropertyInfo property, IClosedSet set)
    {
        var request = Expression.Parameter(typeof(TRequest), "r");
        var getter = Expression.Lambda<Func<TRequest, object?>>(Expression.Convert(Expression.Property(request, property), typeof(object)), request);
        var name = ArgumentNames.FromMemberPath(property.Name);
        RuleFor(getter).Configure(rule => rule.PropertyName = property.Name).Custom((value, context) =>
        {
            switch (value)
            {
                case string code when !set.Accepts(code):
                    context.AddFailure($"'{name}' must be one of: {set.AllowedList} (case-insensitive); got '{code}'.");
                    break;
                case IEnumerable<string?> codes:
                    foreach (var code in codes.Where(c => c is null || !set.Accepts(c)))
                        context.AddFailure($"'{name}' has '{code}', which is not one of: {set.AllowedList} (case-insensitive).");
                    break;
            }
        });
    }
}
