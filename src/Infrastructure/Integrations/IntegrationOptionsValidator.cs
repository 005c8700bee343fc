using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations;

/// <summary>Fails startup (ValidateOnStart) on a partial or malformed integration configuration; an absent one is fine.</summary>
internal sealed class IntegrationOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, IIntegrationOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
