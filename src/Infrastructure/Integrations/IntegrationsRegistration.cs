using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using CsMcp.Infrastructure.Integrations.Intercom;
using CsMcp.Infrastructure.Integrations.Mixpanel;
using CsMcp.Infrastructure.Integrations.SendGrid;
using CsMcp.Infrastructure.Integrations.Zendesk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations;

public static class IntegrationsRegistration
{
    internal static readonly IntegrationClientSpec ZendeskClient = new(IntegrationNames.Zendesk, "zendesk", Methods(
        nameof(IZendeskApi.AddTicketTags),
        nameof(IZendeskApi.RemoveTicketTags),
        nameof(IZendeskApi.CreateOrUpdateUser),
        nameof(IZendeskApi.CreateOrUpdateOrganization),
        nameof(IZendeskApi.UpdateArticleMetadata),
        nameof(IZendeskApi.UpdateArticleTranslation)));

    internal static readonly IntegrationClientSpec IntercomClient = new(IntegrationNames.Intercom, "intercom", Methods(
        nameof(IIntercomApi.SearchContacts),
        nameof(IIntercomApi.SearchConversations),
        nameof(IIntercomApi.UpdateContact),
        nameof(IIntercomApi.CreateOrUpdateCompany),
        nameof(IIntercomApi.AttachContactToCompany),
        nameof(IIntercomApi.CreateOrUpdateTag),
        nameof(IIntercomApi.TagContact)));

    internal static readonly IntegrationClientSpec MixpanelIngestionClient = new(IntegrationNames.Mixpanel, "mixpanel-ingestion", Methods(
        nameof(IMixpanelIngestionApi.Track),
        nameof(IMixpanelIngestionApi.Import),
        nameof(IMixpanelIngestionApi.Engage)));

    internal static readonly IntegrationClientSpec MixpanelQueryClient = new(IntegrationNames.Mixpanel, "mixpanel-query", Methods());

    internal static readonly IntegrationClientSpec SendGridClient = new(IntegrationNames.SendGrid, "sendgrid", Methods());

    /// <summary>
    /// Options (validated at startup when present), one Refit client per vendor API with the resilience and timing handlers,
    /// and the ports ISupportDesk, IMessaging, IProductAnalytics, IEmailSender, IEmailEventWebhook and IIntegrationStatus.
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
            var zendesk = Options<ZendeskOptions>(sp);
            client.BaseAddress = zendesk.BaseUri;
            client.DefaultRequestHeaders.Authorization = zendesk.Authorization();
        });
        services.AddSingleton<ISupportDesk, ZendeskSupportDesk>();

        AddOptions<IntercomOptions>(services, configuration, (o, c) => o.Bind(c));
        services.AddIntegrationClient<IIntercomApi>(IntercomClient, IntercomJsonContext.Default, (sp, client) =>
        {
            var intercom = Options<IntercomOptions>(sp);
            client.BaseAddress = intercom.BaseUri;
            client.DefaultRequestHeaders.Authorization = intercom.Authorization();
            client.DefaultRequestHeaders.Add("Intercom-Version", intercom.EffectiveApiVersion);
            client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
        services.AddSingleton<IMessaging, IntercomMessaging>();

        AddOptions<MixpanelOptions>(services, configuration, (o, c) => o.Bind(c));
        services.AddIntegrationClient<IMixpanelIngestionApi>(MixpanelIngestionClient, MixpanelJsonContext.Default, (sp, client) =>
        {
            var mixpanel = Options<MixpanelOptions>(sp);
            client.BaseAddress = mixpanel.IngestionUri;
            client.DefaultRequestHeaders.Authorization = mixpanel.ServiceAccountAuthorization();
        });
        services.AddIntegrationClient<IMixpanelQueryApi>(MixpanelQueryClient, MixpanelJsonContext.Default, (sp, client) =>
        {
            var mixpanel = Options<MixpanelOptions>(sp);
            client.BaseAddress = mixpanel.ApiUri;
            client.DefaultRequestHeaders.Authorization = mixpanel.ServiceAccountAuthorization();
        });
        services.AddSingleton<IProductAnalytics, MixpanelProductAnalytics>();

        AddOptions<SendGridOptions>(services, configuration, (o, c) => o.Bind(c));
        services.AddIntegrationClient<ISendGridApi>(SendGridClient, SendGridJsonContext.Default, (sp, client) =>
        {
            var sendGrid = Options<SendGridOptions>(sp);
            client.BaseAddress = sendGrid.BaseUri;
            client.DefaultRequestHeaders.Authorization = sendGrid.Authorization();
        });
        services.AddSingleton<IEmailSender, SendGridEmailSender>();
        services.AddSingleton<IEmailEventWebhook, SendGridEventWebhook>();

        return services;
    }

    private static TOptions Options<TOptions>(IServiceProvider services)
        where TOptions : class => services.GetRequiredService<IOptions<TOptions>>().Value;

    private static HashSet<string> Methods(params string[] names) => new(names, StringComparer.Ordinal);

    private static void AddOptions<TOptions>(IServiceCollection services, IConfiguration configuration, Action<TOptions, IConfiguration> bind)
        where TOptions : class, IIntegrationOptions
    {
        services.AddOptions<TOptions>().Configure(o => bind(o, configuration)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, IntegrationOptionsValidator<TOptions>>();
        services.AddSingleton<IIntegrationOptions>(sp => sp.GetRequiredService<IOptions<TOptions>>().Value);
    }
}
