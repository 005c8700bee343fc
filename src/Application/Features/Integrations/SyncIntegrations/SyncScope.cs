using CsMcp.Application.Common.Integrations;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>What a sync run covers: the clients (null = every linked one), the integrations (null = all three), the window, dry run.</summary>
public sealed record SyncScope(IReadOnlyList<string>? ClientIds = null, IReadOnlyList<string>? Integrations = null, DateTime? Since = null, bool DryRun = false)
{
    public const int DefaultLookbackDays = 90;

    public static IReadOnlyList<string> Supported { get; } = [IntegrationNames.Zendesk, IntegrationNames.Intercom, IntegrationNames.Mixpanel];

    public IReadOnlyList<string> SelectedIntegrations =>
        Integrations is null ? Supported : [.. Supported.Where(s => Integrations.Any(i => string.Equals(i.Trim(), s, StringComparison.OrdinalIgnoreCase)))];
}
