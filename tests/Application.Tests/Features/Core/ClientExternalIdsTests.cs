using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Core.GetClientOverview;
using CsMcp.Application.Features.Core.ListClients;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Application.Features.Core.UpdateClientInfo;
using CsMcp.TestSupport;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Core;

public class ClientExternalIdsTests : CoreToolTestBase
{
    private Task<UpdateClientInfoResult> Update(string clientId, ClientUpdates updates)
    {
        Clock.Advance(TimeSpan.FromHours(1));
        return WithDb(async db => await new UpdateClientInfoHandler(db, Clock).Handle(new UpdateClientInfo { ClientId = clientId, Updates = updates }, default));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Register_stores_the_external_ids_and_overview_and_list_show_them(string provider)
    {
        await UseAsync(provider);

        var result = await Register("Acme Corp", b => { b.ZendeskOrganizationId = "360001"; b.IntercomCompanyId = "acme-co"; b.MixpanelGroupKey = "acme"; });

        Assert.Equal(new ClientExternalIds("360001", "acme-co", "acme"), result.ClientRecord.ExternalIds);
        var stored = await WithDb(db => db.Clients.SingleAsync());
        Assert.Equal(("360001", "acme-co", "acme"), (stored.ZendeskOrganizationId, stored.IntercomCompanyId, stored.MixpanelGroupKey));
        var overview = await WithDb(async db => await new GetClientOverviewHandler(db, new PassThroughCache(), Clock).Handle(new GetClientOverview { ClientId = result.ClientId }, default));
        Assert.Equal(new ClientExternalIds("360001", "acme-co", "acme"), overview.Client.ExternalIds);
        var list = await WithDb(async db => await new ListClientsHandler(db, Clock).Handle(new ListClients(), default));
        Assert.Equal(new ClientExternalIds("360001", "acme-co", "acme"), Assert.Single(list.Clients).ExternalIds);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_external_id_of_another_client_is_a_conflict_naming_it(string provider)
    {
        await UseAsync(provider);
        var first = (await Register("Acme Corp", b => b.IntercomCompanyId = "acme-co")).ClientId;

        var error = await Assert.ThrowsAsync<ConflictException>(() => Register("Globex", b => b.IntercomCompanyId = "acme-co"));

        Assert.Equal($"intercom_company_id 'acme-co' already links client {first}; each external id belongs to one client. "
            + $"Clear it on {first} with update_client_info (updates.intercom_company_id = \"\") first, or check the id.", error.Message);
        Assert.Equal(1, await WithDb(db => db.Clients.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_links_and_unlinks_recording_previous_values(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp", b => b.ZendeskOrganizationId = "11")).ClientId;

        var result = await Update(id, new ClientUpdates { ZendeskOrganizationId = "22", MixpanelGroupKey = "acme" });

        Assert.Equal(["zendesk_organization_id", "mixpanel_group_key"], result.UpdatedFields);
        Assert.Equal(new FieldChange("zendesk_organization_id", "11", "22"), result.Changes[0]);
        Assert.Equal(new ClientExternalIds("22", null, "acme"), result.UpdatedRecord.ExternalIds);
        var updateEvent = await WithDb(db => db.ClientEvents.OrderBy(e => e.Id).LastAsync());
        Assert.Equal(("11", "22"), (updateEvent.Metadata["previous.zendesk_organization_id"], updateEvent.Metadata["new.zendesk_organization_id"]));

        var unlinked = await Update(id, new ClientUpdates { ZendeskOrganizationId = string.Empty, MixpanelGroupKey = "acme" });

        Assert.Equal([new FieldChange("zendesk_organization_id", "22", null)], unlinked.Changes);
        Assert.Null(await WithDb(db => db.Clients.Select(c => c.ZendeskOrganizationId).SingleAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_to_an_id_linked_elsewhere_is_a_conflict_and_writes_nothing(string provider)
    {
        await UseAsync(provider);
        var first = (await Register("Acme Corp", b => b.MixpanelGroupKey = "acme")).ClientId;
        var second = (await Register("Globex")).ClientId;

        await Assert.ThrowsAsync<ConflictException>(() => Update(second, new ClientUpdates { MixpanelGroupKey = "acme", CsmAssigned = "Dana" }));

        var stored = await WithDb(db => db.Clients.OrderBy(c => c.Id).Select(c => new { c.ClientId, c.MixpanelGroupKey, c.CsmAssigned }).ToListAsync());
        Assert.Equal((first, "acme"), (stored[0].ClientId, stored[0].MixpanelGroupKey));
        Assert.Equal((second, null as string, null as string), (stored[1].ClientId, stored[1].MixpanelGroupKey, stored[1].CsmAssigned));
    }

    [Fact]
    public void Malformed_ids_are_rejected_naming_the_argument_and_rule()
    {
        var register = new RegisterClientValidator(Clock).Validate(new RegisterClient
        {
            ClientName = "Acme", CompanyName = "Acme", ZendeskOrganizationId = "org-1", IntercomCompanyId = " acme", MixpanelGroupKey = string.Empty,
        });

        Assert.Equal(
            [
                "'zendesk_organization_id' must be the numeric Zendesk organization id (1-19 digits, greater than 0); got 'org-1'.",
                "'intercom_company_id' must be 1-100 characters without control characters or spaces at either end; got ' acme'.",
                "'mixpanel_group_key' must be 1-100 characters without control characters or spaces at either end; got ''.",
            ],
            register.Errors.Select(e => e.ErrorMessage));

        var update = new UpdateClientInfoValidator().Validate(new UpdateClientInfo
        {
            ClientId = "cs_1781524800000_acme_corp",
            Updates = new ClientUpdates { ZendeskOrganizationId = "0", IntercomCompanyId = string.Empty },
        });

        Assert.Equal("'zendesk_organization_id' must be the numeric Zendesk organization id (1-19 digits, greater than 0), or \"\" to unlink; got '0'.",
            Assert.Single(update.Errors).ErrorMessage);
    }
}
