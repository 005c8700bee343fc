namespace CsMcp.Domain.Clients;

/// <summary>
/// The ids that link a client to its records in the platform integrations. Each is optional and, when set, belongs to
/// one client only. Rules: Zendesk organization ids are the desk's numeric ids; Intercom company ids and Mixpanel group
/// keys are our own values stored there (1-100 characters, no control characters, no spaces at either end).
/// </summary>
public static class ExternalIds
{
    public const int MaxLength = 100;
    public const int MaxZendeskDigits = 19;

    /// <summary>Why the value is not a Zendesk organization id, or null when it is one.</summary>
    public static string? ValidateZendeskOrganizationId(string value) =>
        value.Length is > 0 and <= MaxZendeskDigits && value.All(char.IsAsciiDigit) && long.TryParse(value, out var id) && id > 0
            ? null
            : $"must be the numeric Zendesk organization id (1-{MaxZendeskDigits} digits, greater than 0)";

    /// <summary>Why the value is not usable as an Intercom company id or Mixpanel group key, or null when it is.</summary>
    public static string? ValidateText(string value) =>
        value.Length is 0 or > MaxLength || value.Any(char.IsControl) || value.Trim().Length != value.Length
            ? $"must be 1-{MaxLength} characters without control characters or spaces at either end"
            : null;
}
