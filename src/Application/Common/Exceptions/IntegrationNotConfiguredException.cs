namespace CsMcp.Application.Common.Exceptions;

/// <summary>
/// A tool needs a platform integration whose credentials are not set. The message names the variables to set;
/// nothing was sent anywhere and nothing pretends to have succeeded.
/// </summary>
public sealed class IntegrationNotConfiguredException : AppException
{
    public IntegrationNotConfiguredException(string integration, string capability, IReadOnlyList<string> variables)
        : base($"{Display(integration)} {capability} is not configured: set {Join(variables)} in the server's environment "
            + "(or configuration) and restart the server. Nothing was sent.")
    {
        Integration = integration;
        Variables = variables;
    }

    public string Integration { get; }

    public IReadOnlyList<string> Variables { get; }

    public override string ErrorType => ErrorTypes.IntegrationNotConfigured;

    internal static string Display(string integration) => integration switch
    {
        "zendesk" => "Zendesk",
        "intercom" => "Intercom",
        "mixpanel" => "Mixpanel",
        "sendgrid" => "SendGrid",
        _ => integration,
    };

    private static string Join(IReadOnlyList<string> variables) => variables.Count switch
    {
        0 => "its variables",
        1 => variables[0],
        _ => string.Join(", ", variables.Take(variables.Count - 1)) + " and " + variables[^1],
    };
}
