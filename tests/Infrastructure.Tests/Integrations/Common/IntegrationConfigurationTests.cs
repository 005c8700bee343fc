using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Tests.Integrations.Common;

public sealed class IntegrationConfigurationTests
{
    [Fact]
    public void Nothing_configured_starts_and_reports_every_integration_as_not_configured()
    {
        using var host = new IntegrationTestHost(configureVendors: false);

        host.Get<IStartupValidator>().Validate();
        var states = host.Get<IIntegrationStatus>().GetStates();

        Assert.Equal(IntegrationNames.All, states.Select(s => s.Integration));
        Assert.All(states, s => Assert.False(s.Configured));
        Assert.All(states, s => Assert.Equal(CircuitState.Closed, s.Circuit));
        Assert.Equal("not configured: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN", states[0].Detail);
        Assert.Equal("not configured: set INTERCOM_ACCESS_TOKEN", states[1].Detail);
    }

    [Fact]
    public void Everything_configured_passes_startup_validation()
    {
        using var host = new IntegrationTestHost();

        host.Get<IStartupValidator>().Validate();
        var states = host.Get<IIntegrationStatus>().GetStates();

        Assert.All(states, s => Assert.True(s.Configured));
        Assert.Equal("configured: tracking, profiles, import and queries", states[2].Detail);
        Assert.Equal("configured: mail send and stats; event webhook verification off (set SENDGRID_WEBHOOK_PUBLIC_KEY)", states[3].Detail);
    }

    [Theory]
    [InlineData("ZENDESK_API_TOKEN", "Zendesk is partly configured: ZENDESK_API_TOKEN missing.")]
    [InlineData("ZENDESK_EMAIL", "Zendesk is partly configured: ZENDESK_EMAIL missing.")]
    [InlineData("INTERCOM_ACCESS_TOKEN", "Intercom is partly configured: INTERCOM_ACCESS_TOKEN missing.")]
    [InlineData("MIXPANEL_PROJECT_ID", "Mixpanel queries are partly configured: MIXPANEL_PROJECT_ID missing.")]
    [InlineData("SENDGRID_FROM_EMAIL", "SendGrid is partly configured: SENDGRID_FROM_EMAIL missing.")]
    [InlineData("SENDGRID_API_KEY", "SendGrid is partly configured: SENDGRID_API_KEY missing.")]
    public void A_partial_configuration_fails_startup_naming_the_missing_variable(string unset, string expected)
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?> { [unset] = null });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IStartupValidator>().Validate());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        foreach (var secret in IntegrationTestHost.Secrets)
            Assert.DoesNotContain(secret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ZENDESK_SUBDOMAIN", "acme-corp.zendesk.com", "ZENDESK_SUBDOMAIN must be the account's subdomain only")]
    [InlineData("ZENDESK_EMAIL", "not-an-email", "ZENDESK_EMAIL must be the e-mail address")]
    [InlineData("INTERCOM_BASE_URL", "api.intercom.io", "INTERCOM_BASE_URL must be an absolute http(s) URL.")]
    [InlineData("MIXPANEL_PROJECT_ID", "my-project", "MIXPANEL_PROJECT_ID must be the numeric project id")]
    [InlineData("SENDGRID_WEBHOOK_PUBLIC_KEY", "bm90IGEga2V5", "SENDGRID_WEBHOOK_PUBLIC_KEY must be the Signed Event Webhook verification key")]
    public void A_malformed_value_fails_startup_without_echoing_it(string variable, string value, string expected)
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?> { [variable] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IStartupValidator>().Validate());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfigured_support_desk_names_the_variables_and_sends_nothing()
    {
        using var host = new IntegrationTestHost(configureVendors: false);

        var error = await Assert.ThrowsAsync<IntegrationNotConfiguredException>(() => host.Get<ISupportDesk>().CreateTicketAsync(new NewDeskTicket
        {
            Subject = "S", Description = "D", RequesterEmail = "jane@customer.test",
        }));

        Assert.Equal("Zendesk support desk is not configured: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN in the server's environment "
            + "(or configuration) and restart the server. Nothing was sent.", error.Message);
        Assert.Equal(ErrorTypes.IntegrationNotConfigured, error.ErrorType);
        Assert.Empty(host.Server.LogEntries);
        await Assert.ThrowsAsync<IntegrationNotConfiguredException>(() => host.Get<IMessaging>().ListAdminsAsync());
    }
}
