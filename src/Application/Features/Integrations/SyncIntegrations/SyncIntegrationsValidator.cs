using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

public sealed class SyncIntegrationsValidator : ToolValidator<SyncIntegrations>
{
    public const int MaxClientIds = 500;

    public SyncIntegrationsValidator()
    {
        RuleFor(r => r.ClientIds).Must(ids => ids is null || ids.Count is > 0 and <= MaxClientIds)
            .WithMessage($"'client_ids' must list 1-{MaxClientIds} client ids, or be omitted for every linked client.");
        RuleForEach(r => r.ClientIds).ValidClientId();
        RuleFor(r => r.Integrations).Must(names => names is null || names.Count > 0)
            .WithMessage($"'integrations' must list at least one of: {string.Join(", ", SyncScope.Supported)}, or be omitted for all.");
    }
}
