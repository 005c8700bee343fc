using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Features.Core.RegisterClient;

public sealed class RegisterClientValidator : ToolValidator<RegisterClient>
{
    public const decimal MaxContractValue = 1_000_000_000_000m;

    public RegisterClientValidator(TimeProvider time)
    {
        RuleFor(r => r.ClientName).RequiredText(Client.MaxNameLength);
        RuleFor(r => r.CompanyName).RequiredText(Client.MaxNameLength);
        RuleFor(r => r.Industry).OptionalText(Client.MaxIndustryLength);
        RuleFor(r => r.ContractValue).InclusiveBetween(0, MaxContractValue)
            .WithMessage($"'{{PropertyName}}' must be between 0 and {MaxContractValue:0} (USD per year); got {{PropertyValue}}.");
        RuleFor(r => r.ContractEndDate)
            .Must((r, end) => end is null || end > (r.ContractStartDate ?? time.Today()))
            .WithMessage(r => $"'contract_end_date' must be after contract_start_date ({(r.ContractStartDate ?? time.Today()):yyyy-MM-dd}); got {r.ContractEndDate:yyyy-MM-dd}.");
        RuleFor(r => r.PrimaryContactEmail).ValidEmail();
        RuleFor(r => r.PrimaryContactName).OptionalText(Client.MaxNameLength);
        RuleFor(r => r.ZendeskOrganizationId).ZendeskOrganizationId(clearable: false);
        RuleFor(r => r.IntercomCompanyId).ExternalIdText(clearable: false);
        RuleFor(r => r.MixpanelGroupKey).ExternalIdText(clearable: false);
    }
}
