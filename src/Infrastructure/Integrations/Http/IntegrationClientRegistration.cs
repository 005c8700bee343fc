using System.Text.Json.Serialization;
using CsMcp.Infrastructure.Monitoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Refit;

namespace CsMcp.Infrastructure.Integrations.Http;

internal static class IntegrationClientRegistration
{
    /// <summary>
    /// Registers a generated Refit client with, from outside in: the standard resilience handler (total timeout, retry,
    /// circuit breaker, attempt timeout), then <see cref="PlatformApiTimingHandler"/>, which therefore records every attempt.
    /// The factory's default request logging is removed: it would log URLs carrying search terms and e-mail addresses.
    /// </summary>
    public static IHttpClientBuilder AddIntegrationClient<TApi>(this IServiceCollection services, IntegrationClientSpec spec,
        JsonSerializerContext jsonContext, Action<IServiceProvider, HttpClient> configureClient)
        where TApi : class
    {
        var builder = services
            .AddRefitGeneratedClient<TApi>(jsonContext, _ => CreateSettings(jsonContext), spec.ClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                var settings = sp.GetRequiredService<IntegrationHttpSettings>();
                client.Timeout = settings.TotalTimeout + TimeSpan.FromSeconds(5);
                configureClient(sp, client);
            })
            .RemoveAllLoggers()
            .RedactLoggedHeaders(_ => true);

        builder.AddStandardResilienceHandler().Configure((options, sp) => IntegrationResilience.Configure(
            options,
            spec,
            sp.GetRequiredService<IntegrationHttpSettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IntegrationStatusRegistry>().ProviderFor(spec.Integration, spec.ClientName)));

        builder.AddHttpMessageHandler(sp => new PlatformApiTimingHandler(
            spec.Integration,
            sp.GetRequiredService<CsMcpMetrics>(),
            sp.GetRequiredService<IntegrationHttpSettings>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<PlatformApiTimingHandler>>()));
        return builder;
    }

    private static RefitSettings CreateSettings(JsonSerializerContext jsonContext)
    {
        var settings = RefitSettings.ForJsonContext(jsonContext);
        // Buffered bodies can be sent again by a retry.
        settings.Buffered = true;
        settings.MaxExceptionContentLength = 4096;
        settings.ExceptionRedactor = exception =>
        {
            if (exception.RequestMessage is { } request)
                request.Headers.Authorization = null;
        };
        return settings;
    }
}
