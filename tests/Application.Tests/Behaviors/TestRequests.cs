using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Common.Validation;
using FluentValidation;
using Mediator;

namespace CsMcp.Application.Tests.Behaviors;

[Tool("behavior_probe", Toolsets.Core, Title = "Probe")]
[Description("A request used only to exercise the pipeline behaviors.")]
public sealed record ProbeRequest(string ClientId, int Limit) : IQuery<string>;

public sealed class ProbeRequestValidator : ToolValidator<ProbeRequest>
{
    public ProbeRequestValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.Limit).InclusiveBetween(1, 10).WithMessage("'{PropertyName}' must be between 1 and 10; got {PropertyValue}.");
    }
}
