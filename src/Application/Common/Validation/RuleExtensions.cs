using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Common.Validation;

public static class RuleExtensions
{
    public static IRuleBuilderOptionsConditions<T, string?> ValidClientId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            var broken = ClientIdentifier.Validate(value);
            if (broken is not null)
                context.AddFailure($"'{context.DisplayName}' {broken}.");
        });

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || EmailAddress.IsValid(value.Trim()))
            .WithMessage("'{PropertyName}' must be a valid e-mail address like name@company.com (at most 254 characters); got '{PropertyValue}'.");

    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => !string.IsNullOrWhiteSpace(value)).WithMessage("'{PropertyName}' is required and must not be blank.")
            .MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.");

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(value => value is null || !string.IsNullOrWhiteSpace(value)).WithMessage("'{PropertyName}' must not be blank when given; omit it instead.")
            .MaximumLength(maxLength).WithMessage($"'{{PropertyName}}' must be at most {maxLength} characters.");

    /// <summary>Null passes; "" passes when <paramref name="clearable"/> (it removes the link).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ZendeskOrganizationId<T>(this IRuleBuilder<T, string?> rule, bool clearable) =>
        rule.Custom((value, context) =>
        {
            if (value is null || (clearable && value.Length == 0))
                return;
            if (ExternalIds.ValidateZendeskOrganizationId(value) is { } broken)
                context.AddFailure($"'{context.DisplayName}' {broken}{(clearable ? ", or \"\" to unlink" : string.Empty)}; got '{value}'.");
        });

    /// <summary>Null passes; "" passes when <paramref name="clearable"/> (it removes the link).</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ExternalIdText<T>(this IRuleBuilder<T, string?> rule, bool clearable) =>
        rule.Custom((value, context) =>
        {
            if (value is null || (clearable && value.Length == 0))
                return;
            if (ExternalIds.ValidateText(value) is { } broken)
                context.AddFailure($"'{context.DisplayName}' {broken}{(clearable ? ", or \"\" to unlink" : string.Empty)}; got '{value}'.");
        });
}
