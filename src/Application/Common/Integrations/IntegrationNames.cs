namespace CsMcp.Application.Common.Integrations;

/// <summary>The closed set of integration names: the <c>integration</c> metric label and the /health keys.</summary>
public static class IntegrationNames
{
    public const string Zendesk = "zendesk";
    public const string Intercom = "intercom";
    public const string Mixpanel = "mixpanel";
    public const string SendGrid = "sendgrid";

    public static IReadOnlyList<string> All { get; } = [Zendesk, Intercom, Mixpanel, SendGrid];
}
