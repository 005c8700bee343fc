using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

[Tool("execute_retention_campaign", Toolsets.Retention, Title = "Execute retention campaign", Idempotent = true)]
[Description("create: a retention campaign with a playbook of owned steps, enrolling clients given by id or as a cohort (churn risk, "
    + "health, portfolio filters), noted on their timelines; a repeated idempotency_key enrols nobody twice. status: progress and outcomes. "
    + "update_enrolment: records them.")]
public sealed record ExecuteRetentionCampaign : PortfolioScope, ICommand<ExecuteRetentionCampaignResult>
{
    [Description("Default create.")]
    [OneOf<CampaignAction>]
    public string Action { get; init; } = "create";

    [Description("status, update_enrolment: the campaign.")]
    public string? CampaignId { get; init; }

    [Description("create: a client to enrol. update_enrolment: the client.")]
    public string? ClientId { get; init; }

    [Description("create: clients to enrol by id, up to 500.")]
    public IReadOnlyList<string>? ClientIds { get; init; }

    [Description("Cohort: churn probability at least this, 0-1.")]
    public decimal? MinChurnProbability { get; init; }

    [Description("Cohort: health below this, 1-100.")]
    public int? HealthScoreBelow { get; init; }

    [Description("Default proactive_outreach.")]
    [OneOf<CampaignType>]
    public string CampaignType { get; init; } = "proactive_outreach";

    [Description("Default standard. Default playbooks: light outreach d2, training d14; standard +executive_sponsor_call d7; aggressive d1/d3/d7 +offer d14.")]
    [OneOf<InterventionLevel>]
    public string InterventionLevel { get; init; } = "standard";

    [Description("create: 1-10 steps replacing the level's.")]
    public IReadOnlyList<PlaybookStepInput>? Playbook { get; init; }

    [Description("create: owns it and unowned steps, 1-200 chars. Default the clients' shared CSM, else unassigned.")]
    public string? Owner { get; init; }

    [Description("create: 1-200 chars. Default '<campaign_type> <date>'.")]
    public string? Name { get; init; }

    [Description("create: repeat-safe key, 1-100 chars. Default from type, level, selection, date.")]
    public string? IdempotencyKey { get; init; }

    [Description("update_enrolment.")]
    [OneOf<EnrolmentStatus>]
    public string? EnrolmentStatus { get; init; }

    [Description("update_enrolment: 0 to the step count.")]
    public int? StepsCompleted { get; init; }

    [Description("update_enrolment.")]
    [OneOf<EnrolmentOutcome>]
    public string? Outcome { get; init; }

    [Description("Enrolments per page, 1-500. Default 100.")]
    public int Limit { get; init; } = 100;

    [Description("Enrolments to skip. Default 0.")]
    public int Offset { get; init; }
}

public sealed class ExecuteRetentionCampaignHandler(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights, TimeProvider time)
    : ICommandHandler<ExecuteRetentionCampaign, ExecuteRetentionCampaignResult>
{
    public async ValueTask<ExecuteRetentionCampaignResult> Handle(ExecuteRetentionCampaign command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return EnumCodes<CampaignAction>.Parse(command.Action) switch
        {
            CampaignAction.Create => await CreateAsync(command, now, cancellationToken),
            CampaignAction.UpdateEnrolment => await UpdateAsync(command, now.UtcDateTime, cancellationToken),
            _ => await ViewAsync("status", await FindAsync(command.CampaignId!, cancellationToken), false, 0, null, command, now.UtcDateTime, cancellationToken),
        };
    }

    private async Task<ExecuteRetentionCampaignResult> CreateAsync(ExecuteRetentionCampaign command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = now.UtcDateTime;
        var today = DateOnly.FromDateTime(at);
        var type = EnumCodes<CampaignType>.Parse(command.CampaignType);
        var level = EnumCodes<InterventionLevel>.Parse(command.InterventionLevel);
        var ids = (command.ClientIds ?? []).Concat(command.ClientId is null ? [] : [command.ClientId]).Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var selection = ids.Count > 0
            ? $"clients by id: {string.Join(", ", ids)}"
            : "risk filter: " + string.Join(", ", new[]
            {
                command.MinChurnProbability is { } p ? $"churn probability >= {Number(p)}" : null,
                command.HealthScoreBelow is { } h ? $"health below {h}" : null,
                AppliedScope.Of(command).Describe(),
            }.OfType<string>());
        var key = command.IdempotencyKey?.Trim() ?? $"{Code(type)}|{Code(level)}|{selection}|{Iso(today)}";
        if (key.Length > RetentionCampaign.MaxIdempotencyKeyLength)
            key = $"{Code(type)}|{Code(level)}|{Iso(today)}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(selection)))[..32]}";

        var existing = await db.RetentionCampaigns.AsNoTracking().Include(c => c.Steps).SingleOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken);
        if (existing is not null)
            return await ViewAsync("create", existing, true, 0, $"Campaign {existing.CampaignId} already exists for idempotency_key '{key}'; returned as stored, nobody was enrolled again.",
                command, at, cancellationToken);

        var chosen = ids.Count > 0 ? await ByIdAsync(ids, cancellationToken) : await ByRiskAsync(command, today, cancellationToken);
        if (chosen.Count == 0)
            throw new ConflictException($"No live client matches the {selection}; no campaign was created. Loosen the filter or give client_ids.");

        var owner = command.Owner?.Trim() ?? CampaignOwners.Shared(chosen.Select(c => c.Csm));
        var steps = command.Playbook is { Count: > 0 } given
            ? given.Select((s, i) => new PlaybookStep { Sequence = i + 1, StepType = EnumCodes<PlaybookStepType>.Parse(s.StepType), Owner = s.Owner?.Trim() ?? owner, DueAfterDays = s.DueAfterDays }).ToList()
            : Playbooks.DefaultFor(level).Select((s, i) => new PlaybookStep { Sequence = i + 1, StepType = s.Type, Owner = owner, DueAfterDays = s.DueAfterDays }).ToList();
        var campaign = new RetentionCampaign
        {
            CampaignId = await BusinessKeys.MintAsync("rc", now, id => db.RetentionCampaigns.AnyAsync(c => c.CampaignId == id, cancellationToken)),
            Name = command.Name?.Trim() ?? $"{Code(type)} {Iso(today)}",
            CampaignType = type,
            InterventionLevel = level,
            Owner = owner,
            IdempotencyKey = key,
            Selection = selection.Length > RetentionCampaign.MaxSelectionLength ? selection[..(RetentionCampaign.MaxSelectionLength - 3)] + "..." : selection,
            CreatedAt = at,
            UpdatedAt = at,
            Steps = steps,
        };
        foreach (var (clientId, health, reason, _) in chosen)
        {
            var enrolment = new CampaignEnrolment { ClientId = clientId, Reason = reason, HealthAtEnrolment = health, EnrolledAt = at, UpdatedAt = at };
            campaign.Enrolments.Add(enrolment);
            db.ClientEvents.Add(ClientTimeline.CampaignEnrolled(campaign, enrolment));
        }

        db.RetentionCampaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync("create", campaign, false, chosen.Count,
            $"Created {campaign.CampaignId} ({Code(type)}, {Code(level)}, {steps.Count} steps) and enrolled {chosen.Count} client(s)"
            + (command.Owner is null ? $"; owner {CampaignOwners.Explain(owner)}." : "."), command, at, cancellationToken);
    }

    private async Task<List<(string ClientId, int? Health, string Reason, string? Csm)>> ByIdAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var found = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.ClientId))
            .Select(c => new { c.ClientId, c.HealthScore, c.Status, c.LifecycleStage, c.CsmAssigned }).ToListAsync(cancellationToken);
        var missing = ids.Where(id => found.All(f => f.ClientId != id)).ToList();
        if (missing.Count > 0)
            throw new NotFoundException("client", "client_ids", string.Join("', '", missing), "Call list_clients to find existing client ids; nothing was created.");
        var churned = found.Where(f => f.Status == AccountStatus.Churned || f.LifecycleStage == LifecycleStage.Churned).Select(f => f.ClientId).ToList();
        if (churned.Count > 0)
            throw new ValidationException("client_ids", $"{string.Join(", ", churned)} churned already; a retention campaign is for live clients. Use analyze_churn_postmortem for them.");
        return ids.Select(id => found.Single(f => f.ClientId == id)).Select(f => (f.ClientId, f.HealthScore, "chosen by id", f.CsmAssigned)).ToList();
    }

    private async Task<List<(string ClientId, int? Health, string Reason, string? Csm)>> ByRiskAsync(ExecuteRetentionCampaign command, DateOnly today, CancellationToken cancellationToken)
    {
        var clients = db.Clients.Live().InScope(command, today);
        var risks = await ChurnRiskEvaluation.EvaluateAsync(clients, loader, weights.Weights, today, HealthScoringOptions.DefaultLookbackDays, cancellationToken);
        return risks
            .Where(r => r.Prediction.Probability is not null
                && (command.MinChurnProbability is not { } min || r.Prediction.Probability >= min)
                && (command.HealthScoreBelow is not { } below || r.Health < below))
            .OrderByDescending(r => r.Prediction.Probability).ThenBy(r => r.Client.ClientId, StringComparer.Ordinal)
            .Select(r => (r.Client.ClientId, r.Health,
                $"churn probability {Number(r.Prediction.Probability!.Value)} ({Code(r.Prediction.Level!.Value)}), health {r.Health}"
                + (r.Prediction.Signals.Count == 0 ? string.Empty : $", signals {string.Join(", ", r.Prediction.Signals.Select(s => s.Code))}"),
                r.Client.CsmAssigned))
            .ToList();
    }

    private async Task<ExecuteRetentionCampaignResult> UpdateAsync(ExecuteRetentionCampaign command, DateTime now, CancellationToken cancellationToken)
    {
        var campaign = await FindAsync(command.CampaignId!, cancellationToken);
        var clientId = command.ClientId!.Trim();
        var enrolment = await db.CampaignEnrolments.SingleOrDefaultAsync(e => e.CampaignRowId == campaign.Id && e.ClientId == clientId, cancellationToken)
            ?? throw new NotFoundException("enrolment", "client_id", clientId, $"That client is not enrolled in {campaign.CampaignId}; call action status to see who is.");
        if (command.StepsCompleted > campaign.Steps.Count)
            throw new ValidationException("steps_completed", $"'steps_completed' must be between 0 and {campaign.Steps.Count} (the playbook's steps); got {command.StepsCompleted}.");

        var changes = new List<TimelineChange>();
        void Change(string field, string before, string after)
        {
            if (before != after)
                changes.Add(new TimelineChange(field, before, after));
        }

        if (command.EnrolmentStatus is not null)
        {
            var status = EnumCodes<EnrolmentStatus>.Parse(command.EnrolmentStatus);
            Change("status", Code(enrolment.Status), Code(status));
            enrolment.Status = status;
        }

        if (command.StepsCompleted is { } steps)
        {
            Change("steps_completed", Number(enrolment.StepsCompleted), Number(steps));
            enrolment.StepsCompleted = steps;
        }

        if (command.Outcome is not null)
        {
            var outcome = EnumCodes<EnrolmentOutcome>.Parse(command.Outcome);
            Change("outcome", Code(enrolment.Outcome), Code(outcome));
            enrolment.Outcome = outcome;
        }

        if (changes.Count > 0)
        {
            enrolment.UpdatedAt = now;
            db.ClientEvents.Add(ClientTimeline.CampaignEnrolmentUpdated(campaign, enrolment, changes, now));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await ViewAsync("update_enrolment", campaign, false, 0,
            changes.Count == 0 ? "No changes: every given value equals the stored value." : $"Updated {clientId} in {campaign.CampaignId}: {string.Join("; ", changes.Select(c => c.Describe()))}.",
            command, now, cancellationToken);
    }

    private async Task<RetentionCampaign> FindAsync(string campaignId, CancellationToken cancellationToken)
    {
        var id = campaignId.Trim();
        return await db.RetentionCampaigns.AsNoTracking().Include(c => c.Steps).SingleOrDefaultAsync(c => c.CampaignId == id, cancellationToken)
            ?? throw new NotFoundException("retention campaign", "campaign_id", id, "Create one with execute_retention_campaign action create.");
    }

    private async Task<ExecuteRetentionCampaignResult> ViewAsync(string action, RetentionCampaign campaign, bool replayed, int enrolledNow, string? message,
        ExecuteRetentionCampaign command, DateTime now, CancellationToken cancellationToken)
    {
        var rowId = campaign.Id;
        var enrolments = await db.CampaignEnrolments.AsNoTracking().Where(e => e.CampaignRowId == rowId).OrderBy(e => e.EnrolledAt).ThenBy(e => e.ClientId).ToListAsync(cancellationToken);
        var ids = enrolments.Select(e => e.ClientId).ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.ClientId)).ToDictionaryAsync(c => c.ClientId, StringComparer.Ordinal, cancellationToken);
        var views = enrolments.Select(e => CampaignViews.Enrolment(e, campaign.Steps, clients.GetValueOrDefault(e.ClientId), now)).ToList();
        var (page, truncated) = ResultBudget.Take(views.Skip(command.Offset).Take(command.Limit).ToList());
        var progress = CampaignViews.Progress(views);
        return new ExecuteRetentionCampaignResult(action,
            message ?? $"{campaign.CampaignId}: {progress.Enrolled} enrolled, {Number(progress.CompletionPercent)} % of playbook steps done, {progress.OverdueSteps} overdue.",
            CampaignViews.Campaign(campaign), replayed, enrolledNow, page, Page.Of(views.Count, command.Limit, command.Offset, page.Count, truncated), progress);
    }
}
