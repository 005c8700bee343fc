using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using CsMcp.Infrastructure.Integrations.Zendesk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations;

public static class IntegrationsRegistration
{
    /// <summary>
    /// Options (validated at startup when present), Refit clients with timing + resilience handlers, and the ports:
    /// ISupportDesk, IMessaging, IProductAnalytics, IEmailSender, IEmailEventWebhook and IIntegrationStatus.
    /// </summary>
    public static IServiceCollection AddIntegrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(IntegrationHttpSettings.From(configuration));
        services.TryAddSingleton<IntegrationStatusRegistry>();
        services.TryAddSingleton<IIntegrationStatus>(sp => sp.GetRequiredService<IntegrationStatusRegistry>());

        AddOptions<ZendeskOptions>(services, configuration, (o, c) => o.Bind(c));
        services.AddIntegrationClient<IZendeskApi>(ZendeskClient, ZendeskJsonContext.Default, (sp, client) =>
        {
            var zendesk = sp.GetRequiredService<IOptions<ZendeskOptions>>().Value;
            client.BaseAddress = zendesk.BaseUri;
            client.DefaultRequestHeaders.Authorization = zendesk.Authorization();
        });
        services.AddSingleton<ISupportDesk, ZendeskSupportDesk>();

        return services;
    }

    internal static readonly IntegrationClientSpec ZendeskClient = new(IntegrationNames.Zendesk, "zendesk", new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(IZendeskApi.AddTicketTags),
        nameof(IZendeskApi.RemoveTicketTags),
        nameof(IZendeskApi.CreateOrUpdateUser),
        nameof(IZendeskApi.CreateOrUpdateOrganization),
        nameof(IZendeskApi.UpdateArticleMetadata),
        nameof(IZendeskApi.UpdateArticleTranslation),
    });

    private static void AddOptions<TOptions>(IServiceCollection services, IConfiguration configuration, Action<TOptions, IConfiguration> bind)
        where TOptions : class, IIntegrationOptions
    {
        services.AddOptions<TOptions>().Configure(o => bind(o, configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, IntegrationOptionsValidator<TOptions>>();
        services.AddSingleton<IIntegrationOptions>(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
    }
}
