using System.Globalization;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Lifecycle;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private const int RenewalWindowDays = 90;

    /// <summary>
    /// Stage moves: onboarding at registration, active after onboarding, renewal windows (90 days before a renewal) for
    /// healthy accounts, and the story's own moves (at risk, expansion, churned). Each move is also a timeline event.
    /// </summary>
    private void BuildLifecycle()
    {
        var moves = new List<(DateTime At, LifecycleStage To, string Reason, string By)>
        {
            (_registeredAt, LifecycleStage.Onboarding, "Client registered", SystemActor),
        };
        if (_story != DemoStory.Onboarding)
            moves.Add((_rng.BusinessTime(_start.AddDays(_rng.Between(45, 90))), LifecycleStage.Active, "Onboarding completed", _identity.Csm));

        var atRisk = StoryMoves(moves);
        if (!atRisk && _story is not DemoStory.Onboarding and not DemoStory.Churned)
            AddRenewalWindows(moves);

        var from = (LifecycleStage?)null;
        foreach (var (at, to, reason, by) in moves.Where(m => m.At < Cutoff).OrderBy(m => m.At))
        {
            if (to == from)
                continue;
            _data.LifecycleStageChanges.Add(new LifecycleStageChange
            {
                ClientId = _clientId,
                FromStage = from,
                ToStage = to,
                ChangedAt = at,
                Reason = reason,
                ChangedBy = by,
            });
            _data.Events.Add(Demo(ClientTimeline.StageChanged(_clientId, from, to, reason, by, at)));
            from = to;
        }
    }

    /// <summary>Adds the story's moves; true when the account ends up at risk or churned.</summary>
    private bool StoryMoves(List<(DateTime At, LifecycleStage To, string Reason, string By)> moves)
    {
        switch (_story)
        {
            case DemoStory.SlowDecline:
                moves.Add((_rng.BusinessTime(_lastDay.AddDays(-_rng.Between(30, 90))), LifecycleStage.AtRisk, "Usage and sentiment declining for months", _identity.Csm));
                return true;
            case DemoStory.SuddenDrop:
                moves.Add((_rng.BusinessTime(Min(_dropDate.AddDays(_rng.Between(10, 20)), _lastDay)), LifecycleStage.AtRisk, "Active users fell by more than half", _identity.Csm));
                return true;
            case DemoStory.SupportHeavy when _rng.Chance(0.5):
                moves.Add((_rng.BusinessTime(_lastDay.AddDays(-_rng.Between(20, 60))), LifecycleStage.AtRisk, "Repeated P0/P1 tickets and low ticket satisfaction", _identity.Csm));
                return true;
            case DemoStory.LatePayer when _rng.Chance(0.5):
                moves.Add((_rng.BusinessTime(_lastDay.AddDays(-_rng.Between(1, 20))), LifecycleStage.AtRisk, "Invoices more than 30 days overdue", _identity.Csm));
                return true;
            case DemoStory.Churned:
                var churn = _churnDate!.Value;
                moves.Add((_rng.BusinessTime(churn.AddDays(-_rng.Between(60, 100))), LifecycleStage.AtRisk, "Usage and satisfaction falling ahead of renewal", _identity.Csm));
                moves.Add((_rng.BusinessTime(churn.AddDays(1)), LifecycleStage.Churned, "Contract ended without renewal", _identity.Csm));
                return true;
            case DemoStory.Expanding:
                var expansion = _expansionDate!.Value;
                var seats = _data.Contracts.Count > 0 ? _data.Contracts[^1].IncludedUsers : null;
                moves.Add((_rng.BusinessTime(expansion), LifecycleStage.Expansion,
                    $"Expanded to {seats?.ToString(CultureInfo.InvariantCulture) ?? "more"} seats", _identity.Csm));
                return false;
            default:
                return false;
        }
    }

    private void AddRenewalWindows(List<(DateTime At, LifecycleStage To, string Reason, string By)> moves)
    {
        foreach (var contract in _data.Contracts)
        {
            var renewal = contract.RenewalDate;
            var opens = renewal.AddDays(-RenewalWindowDays);
            var expandedEarly = _earlyExpansion && renewal == _expansionDate;
            if (expandedEarly || renewal < _windowStart || opens > _lastDay || opens < _start.AddDays(90))
                continue;
            moves.Add((_rng.BusinessTime(opens), LifecycleStage.Renewal, $"Renewal of {contract.ContractId} due {renewal:yyyy-MM-dd}", SystemActor));
            if (contract.Status == ContractStatus.Renewed && renewal != _expansionDate)
                moves.Add((_rng.BusinessTime(renewal), LifecycleStage.Active, $"Renewed {contract.ContractId}", _identity.Csm));
        }
    }

    private void FinishClient(List<Contract> contracts)
    {
        var client = _data.Client;
        var current = contracts[^1];
        client.Tier = _tier;
        client.ContractValue = current.ContractValue;
        client.ContractStartDate = current.StartDate;
        client.ContractEndDate = current.EndDate;
        client.RenewalDate = current.RenewalDate;
        client.LifecycleStage = _data.LifecycleStageChanges[^1].ToStage;
        client.Status = client.LifecycleStage == LifecycleStage.Churned ? AccountStatus.Churned : AccountStatus.Active;
        client.LastEngagementAt = _data.EngagementEvents
            .Where(e => e.Direction == EngagementDirection.Inbound || e.EventType is EngagementType.Meeting or EngagementType.Call or EngagementType.Training)
            .Select(e => (DateTime?)e.OccurredAt).Max();
        client.UpdatedAt = new[] { client.CreatedAt, _data.LifecycleStageChanges[^1].ChangedAt, current.UpdatedAt }.Max();
        var first = contracts[0];
        _data.Events.Insert(0, Demo(ClientTimeline.Registered(_clientId, _identity.ClientName, first.Tier, first.ContractValue, first.StartDate, first.EndDate, _registeredAt)));
    }
}
