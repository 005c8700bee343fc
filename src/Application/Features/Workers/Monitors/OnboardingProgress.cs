using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// onboarding_progress: checks onboarding plans for days since their last milestone. This server stores no onboarding
/// plans yet, so the run says so and finds nothing (missing data, not "all on track").
/// </summary>
public sealed class OnboardingProgress : IWorker
{
    public const string NoPlans = "no onboarding plans stored";

    public WorkerName Name => WorkerName.OnboardingProgress;

    public Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken) =>
        Task.FromResult(new WorkerScan([], $"Onboarding check: {NoPlans}; nothing to check.",
            "Onboarding plans and their milestones (none are stored by this server yet).",
            [$"{NoPlans}: stuck plans cannot be detected until onboarding plans are stored."]));
}
