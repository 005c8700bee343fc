using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Features.Core.UpdateClientInfo;

public sealed class UpdateClientInfoValidator : ToolValidator<UpdateClientInfo>
{
    private static readonly string AllowedList = string.Join(", ", ClientUpdates.AllowedFields);

    public UpdateClientInfoValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.Updates).NotNull().WithMessage("'updates' is required: an object with the fields to change.")
            .Must(u => !u.IsEmpty).WithMessage($"'updates' must contain at least one field. Allowed: {AllowedList}.")
            .Custom((updates, context) =>
            {
                foreach (var field in updates?.UnknownFields?.Keys.ToList() ?? [])
                {
                    context.AddFailure($"updates.{field}", field == "lifecycle_stage"
                        ? "'lifecycle_stage' is not changed here: call manage_lifecycle_stages with client_id, target_stage and reason, which checks the transition and records the stage history."
                        : $"'{field}' is not a field of a client that can be updated. Allowed: {AllowedList}.");
                }
            })
            .SetValidator(new ClientUpdatesValidator());
    }
}

public sealed class ClientUpdatesValidator : ToolValidator<ClientUpdates>
{
    public ClientUpdatesValidator()
    {
        RuleFor(u => u.ClientName).OptionalText(Client.MaxNameLength);
        RuleFor(u => u.CompanyName).OptionalText(Client.MaxNameLength);
        RuleFor(u => u.Industry).MaximumLength(Client.MaxIndustryLength);
        RuleFor(u => u.ContractValue).InclusiveBetween(0, RegisterClientValidator.MaxContractValue)
            .WithMessage($"'{{PropertyName}}' must be between 0 and {RegisterClientValidator.MaxContractValue:0} (USD per year); got {{PropertyValue}}.");
        RuleFor(u => u.ContractEndDate).Must((u, end) => end is null || u.ContractStartDate is null || end > u.ContractStartDate)
            .WithMessage(u => $"'contract_end_date' ({u.ContractEndDate:yyyy-MM-dd}) must be after contract_start_date ({u.ContractStartDate:yyyy-MM-dd}).");
        RuleFor(u => u.PrimaryContactEmail).Must(v => v is null || v.Trim().Length == 0 || EmailAddress.IsValid(v.Trim()))
            .WithMessage("'{PropertyName}' must be a valid e-mail address like name@company.com, or \"\" to clear it; got '{PropertyValue}'.");
        RuleFor(u => u.PrimaryContactName).MaximumLength(Client.MaxNameLength);
        RuleFor(u => u.CsmAssigned).MaximumLength(Client.MaxNameLength);
        RuleFor(u => u.ZendeskOrganizationId).ZendeskOrganizationId(clearable: true);
        RuleFor(u => u.IntercomCompanyId).ExternalIdText(clearable: true);
        RuleFor(u => u.MixpanelGroupKey).ExternalIdText(clearable: true);
    }
}
