namespace CsMcp.McpHost.Transports;

/// <summary>
/// DNS-rebinding protection the MCP spec requires of HTTP servers (the SDK does not do it): a request whose Origin is not
/// allowed gets 403, a request whose Host is not allowed gets 400. Requests without Origin (SDK and CLI clients) pass.
/// </summary>
internal sealed class OriginValidation(IReadOnlySet<string> allowedHosts, IReadOnlySet<string> allowedOrigins)
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "::1", "[::1]"];

    public static OriginValidation From(IConfiguration configuration, string bindHost)
    {
        var hosts = new HashSet<string>(LoopbackHosts, StringComparer.OrdinalIgnoreCase);
        if (bindHost is not ("0.0.0.0" or "::" or "*"))
            hosts.Add(bindHost);
        foreach (var host in Split(configuration["CSMCP_ALLOWED_HOSTS"]))
            hosts.Add(host);
        var origins = new HashSet<string>(Split(configuration["CSMCP_ALLOWED_ORIGINS"]).Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        return new OriginValidation(hosts, origins);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsHostAllowed(context.Request.Host))
        {
            await Reject(context, StatusCodes.Status400BadRequest, $"Host '{context.Request.Host}' is not allowed. Add it to CSMCP_ALLOWED_HOSTS.");
            return;
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOriginAllowed(origin))
        {
            await Reject(context, StatusCodes.Status403Forbidden, $"Origin '{origin}' is not allowed. Add it to CSMCP_ALLOWED_ORIGINS.");
            return;
        }

        await next(context);
    }

    public bool IsHostAllowed(HostString host) => allowedHosts.Contains("*") || (host.HasValue && allowedHosts.Contains(host.Host));

    public bool IsOriginAllowed(string origin)
    {
        if (allowedOrigins.Contains("*") || allowedOrigins.Contains(origin.TrimEnd('/')))
            return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase);
    }

    private static Task Reject(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { jsonrpc = "2.0", id = (string?)null, error = new { code = -32600, message } });
    }

    private static string[] Split(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
