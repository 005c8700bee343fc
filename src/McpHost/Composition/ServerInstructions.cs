namespace CsMcp.McpHost.Composition;

internal static class ServerInstructions
{
    public const string Text =
        "CsMcp runs a customer-success practice over stored data: register and review clients, follow their timelines, "
        + "and (as more toolsets land) score account health, spot churn risk and track renewals. "
        + "Every figure in a result is computed from stored data and says what it was computed from; missing data is reported as missing. "
        + "Start with list_clients to find client ids, then get_client_overview for one account. "
        + "Errors come back as tool results that name the argument and the rule; fix the argument and call again.";
}
