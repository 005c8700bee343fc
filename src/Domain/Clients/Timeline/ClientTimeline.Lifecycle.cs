using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    /// <summary>A stage move (a churn or a reactivation is its own kind); <paramref name="status"/> is recorded when the move changed the account status.</summary>
    public static ClientEvent StageChanged(string clientId, LifecycleStage? from, LifecycleStage to, string reason, string actor, DateTime at,
        (AccountStatus Previous, AccountStatus New)? status = null)
    {
        var kind = to == LifecycleStage.Churned ? TimelineEventKind.ClientChurned
            : from is { } f && LifecycleTransitions.IsReactivation(f, to) ? TimelineEventKind.ClientReactivated
            : TimelineEventKind.LifecycleStageChanged;
        var toCode = Code(to);
        var metadata = new Dictionary<string, string>
        {
            ["previous_stage"] = from is { } previous ? Code(previous) : string.Empty,
            ["new_stage"] = toCode,
            ["reason"] = reason,
            ["changed_by"] = actor,
        };
        if (status is { } s && s.Previous != s.New)
            metadata.WithChanges([new TimelineChange("status", Code(s.Previous), Code(s.New))]);

        return Create(kind, clientId, at,
            kind == TimelineEventKind.ClientChurned ? "Client churned" : $"Lifecycle stage changed to {toCode}",
            from is { } before ? $"Moved from {Code(before)} to {toCode}: {reason}." : $"Entered the {toCode} stage: {reason}.",
            metadata,
            to switch
            {
                LifecycleStage.AtRisk or LifecycleStage.Churned => EventImpact.Negative,
                LifecycleStage.Active or LifecycleStage.Expansion => EventImpact.Positive,
                _ => EventImpact.Neutral,
            },
            to is LifecycleStage.AtRisk or LifecycleStage.Churned ? EventSeverity.High : EventSeverity.Low);
    }

    /// <param name="previousReason">The reason recorded before this one, if any.</param>
    public static ClientEvent ChurnReasonRecorded(string clientId, DateOnly churnedOn, ChurnReason reason, string? details, ChurnReason? previousReason,
        decimal lostArr, DateTime at) =>
        Create(TimelineEventKind.ChurnReasonRecorded, clientId, at, "Churn reason recorded",
            $"Churned on {Iso(churnedOn)}: {Code(reason)}" + (details is null ? "." : $" ({details}).")
                + (previousReason is { } p && p != reason ? $" Previously recorded as {Code(p)}." : string.Empty),
            new()
            {
                ["churn_reason"] = Code(reason),
                ["previous.churn_reason"] = previousReason is { } previous ? Code(previous) : string.Empty,
                ["churned_on"] = Iso(churnedOn),
                ["lost_arr"] = Common.Money.Plain(lostArr),
            });
}
