using CsMcp.Infrastructure.Integrations;
using CsMcp.Infrastructure.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireMock.Server;

namespace CsMcp.Infrastructure.Tests.Integrations.Common;

/// <summary>
/// A loopback WireMock server plus the real AddIntegrations wiring pointed at it, with fast resilience timings,
/// its own metrics registry and a log capture. Never touches the network.
/// </summary>
public sealed class IntegrationTestHost : IDisposable
{
    public const string ZendeskToken = "zd-secret-token-5f1c";
    public const string IntercomToken = "ic-secret-token-9a7e";
    public const string MixpanelToken = "mp-project-token-44d2";
    public const string MixpanelSecret = "mp-service-secret-b81f";
    public const string SendGridKey = "SG.sendgrid-secret-key-0c3d";

    public static IReadOnlyList<string> Secrets { get; } = [ZendeskToken, IntercomToken, MixpanelToken, MixpanelSecret, SendGridKey];

    private readonly ServiceProvider _services;

    public IntegrationTestHost(IDictionary<string, string?>? overrides = null, bool configureVendors = true, TimeProvider? time = null)
    {
        Server = WireMockServer.Start();
        var settings = new Dictionary<string, string?>
        {
            ["CSMCP_INTEGRATION_RETRY_DELAY_MS"] = "20",
            // Generous: the machine is shared, and a slow loopback answer must not look like a vendor timeout.
            ["CSMCP_INTEGRATION_ATTEMPT_TIMEOUT_MS"] = "8000",
            ["CSMCP_INTEGRATION_TOTAL_TIMEOUT_MS"] = "30000",
            ["CSMCP_INTEGRATION_MAX_RETRY_AFTER_MS"] = "3000",
        };
        if (configureVendors)
        {
            settings["ZENDESK_SUBDOMAIN"] = "acme";
            settings["ZENDESK_EMAIL"] = "agent@acme.test";
            settings["ZENDESK_API_TOKEN"] = ZendeskToken;
            settings["ZENDESK_BASE_URL"] = Server.Url;
            settings["INTERCOM_ACCESS_TOKEN"] = IntercomToken;
            settings["INTERCOM_BASE_URL"] = Server.Url;
            settings["INTERCOM_ADMIN_ID"] = "991";
            settings["MIXPANEL_PROJECT_TOKEN"] = MixpanelToken;
            settings["MIXPANEL_SERVICE_ACCOUNT"] = "csmcp.sa";
            settings["MIXPANEL_SERVICE_ACCOUNT_SECRET"] = MixpanelSecret;
            settings["MIXPANEL_PROJECT_ID"] = "31337";
            settings["MIXPANEL_API_URL"] = Server.Url;
            settings["MIXPANEL_INGESTION_URL"] = Server.Url;
            settings["SENDGRID_API_KEY"] = SendGridKey;
            settings["SENDGRID_FROM_EMAIL"] = "success@acme.test";
            settings["SENDGRID_FROM_NAME"] = "Acme Success";
            settings["SENDGRID_BASE_URL"] = Server.Url;
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton(Metrics);
        if (time is not null)
            services.AddSingleton(time);
        services.AddIntegrations(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public WireMockServer Server { get; }

    public CsMcpMetrics Metrics { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public double Calls(string integration, string endpoint, string status) =>
        Metrics.PlatformApiCalls.WithLabels(integration, endpoint, status).Value;

    public long DurationCount(string integration, string endpoint) =>
        Metrics.PlatformApiDuration.WithLabels(integration, endpoint).Count;

    public int RequestCount(string path) => Server.LogEntries.Count(e => e.RequestMessage!.Path == path);

    /// <summary>Every log line and every recorded request and response header, checked for any of the test secrets.</summary>
    public void AssertNoSecretLogged()
    {
        foreach (var line in Logs.Lines)
        {
            foreach (var secret in Secrets)
                Assert.DoesNotContain(secret, line, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
