using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Core.GetClientOverview;

public sealed class GetClientOverviewValidator : ToolValidator<GetClientOverview>
{
    public GetClientOverviewValidator() => RuleFor(r => r.ClientId).ValidClientId();
}
