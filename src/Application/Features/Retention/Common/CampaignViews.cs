using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.Common;

public sealed record CampaignView(
    string CampaignId,
    string Name,
    CampaignType CampaignType,
    InterventionLevel InterventionLevel,
    CampaignStatus Status,
    string Owner,
    string IdempotencyKey,
    string Selection,
    DateTime CreatedAt,
    IReadOnlyList<StepView> Playbook);

public sealed record StepView(int Sequence, PlaybookStepType StepType, string Owner, int DueAfterDays);

/// <param name="NextStep">The first step not completed yet, with its due date (enrolled_at + due_after_days); null when all are done or the enrolment ended.</param>
/// <param name="HealthChange">Current health score minus the score at enrolment; null when either is missing.</param>
public sealed record EnrolmentView(
    string ClientId,
    string ClientName,
    EnrolmentStatus Status,
    EnrolmentOutcome Outcome,
    int StepsCompleted,
    int StepsTotal,
    NextStepView? NextStep,
    string Reason,
    string? RuleId,
    int? HealthAtEnrolment,
    int? HealthNow,
    int? HealthChange,
    DateTime EnrolledAt,
    DateTime UpdatedAt);

/// <param name="Overdue">True when the due date has passed (computed from the injected clock).</param>
public sealed record NextStepView(int Sequence, PlaybookStepType StepType, string Owner, DateTime DueAt, bool Overdue);

/// <param name="CompletionPercent">Steps completed over steps planned for every enrolment, 1 decimal.</param>
public sealed record CampaignProgress(
    int Enrolled,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByOutcome,
    int StepsCompleted,
    int StepsPlanned,
    decimal CompletionPercent,
    int OverdueSteps,
    decimal? RetentionRate);

public static class CampaignViews
{
    public static CampaignView Campaign(RetentionCampaign c) => new(c.CampaignId, c.Name, c.CampaignType, c.InterventionLevel, c.Status, c.Owner,
        c.IdempotencyKey, c.Selection, c.CreatedAt,
        c.Steps.OrderBy(s => s.Sequence).Select(s => new StepView(s.Sequence, s.StepType, s.Owner, s.DueAfterDays)).ToList());

    public static EnrolmentView Enrolment(CampaignEnrolment e, IReadOnlyList<PlaybookStep> steps, Client? client, DateTime now)
    {
        var ordered = steps.OrderBy(s => s.Sequence).ToList();
        NextStepView? next = null;
        if (e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.InProgress && e.StepsCompleted < ordered.Count)
        {
            var step = ordered[e.StepsCompleted];
            var due = e.EnrolledAt.AddDays(step.DueAfterDays);
            next = new NextStepView(step.Sequence, step.StepType, step.Owner, due, due < now);
        }

        var healthNow = client?.HealthScore;
        return new EnrolmentView(e.ClientId, client?.ClientName ?? e.ClientId, e.Status, e.Outcome, e.StepsCompleted, ordered.Count, next, e.Reason, e.RuleId,
            e.HealthAtEnrolment, healthNow, healthNow is { } h && e.HealthAtEnrolment is { } before ? h - before : null, e.EnrolledAt, e.UpdatedAt);
    }

    public static CampaignProgress Progress(IReadOnlyList<EnrolmentView> enrolments)
    {
        var planned = enrolments.Sum(e => e.StepsTotal);
        var completed = enrolments.Sum(e => e.StepsCompleted);
        var decided = enrolments.Count(e => e.Outcome != EnrolmentOutcome.Pending);
        return new CampaignProgress(enrolments.Count,
            Enum.GetValues<EnrolmentStatus>().ToDictionary(Code, s => enrolments.Count(e => e.Status == s)),
            Enum.GetValues<EnrolmentOutcome>().ToDictionary(Code, o => enrolments.Count(e => e.Outcome == o)),
            completed, planned, planned == 0 ? 0m : Rounding.Percent(100m * completed / planned),
            enrolments.Count(e => e.NextStep is { Overdue: true }),
            decided == 0 ? null : Rounding.Ratio((decimal)enrolments.Count(e => e.Outcome == EnrolmentOutcome.Retained) / decided));
    }
}
