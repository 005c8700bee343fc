using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private static readonly int[] NormalPriorities = [1, 6, 23, 45, 25];
    private static readonly int[] HeavyPriorities = [6, 22, 35, 27, 10];
    private static readonly int[] NormalCategories = [20, 15, 12, 20, 5, 8, 4, 6, 6, 4];
    private static readonly int[] OnboardingCategories = [10, 5, 5, 40, 5, 10, 20, 3, 1, 1];
    private static readonly int[] BillingCategories = [15, 10, 10, 15, 30, 5, 3, 5, 4, 3];
    private static readonly int[] HeavyCategories = [28, 25, 5, 8, 3, 10, 2, 9, 9, 1];
    private static readonly int[] HappyRatings = [2, 4, 12, 37, 45];
    private static readonly int[] MixedRatings = [10, 20, 30, 25, 15];
    private static readonly int[] UnhappyRatings = [25, 30, 25, 15, 5];
    private static readonly TicketStatus[] UnresolvedStatuses = [TicketStatus.InProgress, TicketStatus.WaitingOnCustomer, TicketStatus.WaitingOnEngineering];

    private DateTime Cutoff => _asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private void BuildSupport()
    {
        var tierRate = _identity.Tier switch
        {
            ClientTier.Starter => 0.3,
            ClientTier.Standard => 0.5,
            ClientTier.Professional => 0.9,
            _ => 1.6,
        };
        foreach (var (first, last) in ActivePeriods())
        {
            var scale = (last.DayNumber - first.DayNumber + 1) / 30.0;
            var afterDrop = _story == DemoStory.SuddenDrop && last >= _dropDate;
            var mean = _story switch
            {
                DemoStory.Thriving => tierRate * 0.6,
                DemoStory.Expanding => tierRate * 0.7,
                DemoStory.SupportHeavy => (tierRate * 3) + 2.5,
                DemoStory.Churned => tierRate * 1.2,
                DemoStory.Onboarding => tierRate * 1.8,
                DemoStory.SuddenDrop => tierRate * (afterDrop ? 1.6 : 0.8),
                DemoStory.SlowDecline => tierRate,
                _ => tierRate * 0.8,
            };
            for (var n = _rng.Poisson(mean * scale); n > 0; n--)
                AddTicket(_rng.BusinessTime(_rng.DayBetween(first, last)), afterDrop);
        }
    }

    private void AddTicket(DateTime createdAt, bool afterDrop)
    {
        var heavy = _story == DemoStory.SupportHeavy;
        var priority = (TicketPriority)_rng.Weighted(heavy || afterDrop ? HeavyPriorities : NormalPriorities);
        var category = (TicketCategory)_rng.Weighted(_story switch
        {
            DemoStory.SupportHeavy => HeavyCategories,
            DemoStory.Onboarding => OnboardingCategories,
            DemoStory.LatePayer => BillingCategories,
            _ => NormalCategories,
        });
        var sla = TicketSla.For(priority);
        var requester = AnyContact();
        var ticket = new SupportTicket
        {
            TicketId = _ids.NextTicketId(),
            ClientId = _clientId,
            Subject = _rng.Pick(DemoTicketTexts.Subjects[category]),
            Description = $"Reported by {requester.Name} ({requester.Title}) for {_identity.ClientName}.",
            Priority = priority,
            Category = category,
            RequesterEmail = requester.Email,
            RequesterName = requester.Name,
            AssignedTeam = DemoTicketTexts.Team(priority, category),
            Tags = [EnumCodes<TicketCategory>.ToCode(category), EnumCodes<ClientTier>.ToCode(_identity.Tier)],
            CreatedAt = createdAt,
            SlaFirstResponseMinutes = sla.FirstResponseMinutes,
            SlaResolutionMinutes = sla.ResolutionMinutes,
        };

        var slow = heavy ? 1.8 : 1.1;
        ticket.FirstResponseAt = Before(createdAt.AddMinutes(sla.FirstResponseMinutes * _rng.Between(0.2, slow)));
        if (ticket.FirstResponseAt is not null)
            ticket.AssignedAgent = _rng.Pick(DemoWordLists.SupportAgents);
        if (priority == TicketPriority.P0 || (priority == TicketPriority.P1 && _rng.Chance(0.3)) || (heavy && priority == TicketPriority.P2 && _rng.Chance(0.1)))
            Escalate(ticket);

        ticket.ResolvedAt = ticket.FirstResponseAt is null ? null : Before(createdAt.AddMinutes(sla.ResolutionMinutes * _rng.Between(0.3, heavy ? 3.0 : 1.4)));
        if (ticket.ResolvedAt is { } resolved)
        {
            ticket.ResolutionNotes = "Resolved by the assigned team; details in the ticket thread.";
            if (_rng.Chance(0.02))
            {
                ticket.Status = TicketStatus.Reopened;
            }
            else
            {
                ticket.ClosedAt = Before(resolved.AddDays(_rng.Between(2, 5)));
                ticket.Status = ticket.ClosedAt is null ? TicketStatus.Resolved : TicketStatus.Closed;
                Rate(ticket, resolved, afterDrop);
            }
        }
        else
        {
            ticket.Status = ticket.FirstResponseAt is null ? TicketStatus.Open : _rng.Pick(UnresolvedStatuses);
        }

        ticket.UpdatedAt = new[] { ticket.CreatedAt, ticket.FirstResponseAt, ticket.EscalatedAt, ticket.ResolvedAt, ticket.ClosedAt }
            .OfType<DateTime>().Max();
        _data.SupportTickets.Add(ticket);
    }

    private void Escalate(SupportTicket ticket)
    {
        var at = Before(ticket.CreatedAt.AddMinutes(_rng.Between(2, ticket.Priority == TicketPriority.P0 ? 15 : 60)));
        if (at is null)
            return;
        ticket.Escalated = true;
        ticket.EscalatedAt = at;
        ticket.EscalationReason = ticket.Priority == TicketPriority.P0 ? "Service unavailable for the client's users" : "Business-critical workflow blocked";
        ticket.Tags.Add("escalated");
        _data.Events.Add(Demo(ClientTimeline.TicketEscalated(ticket, at.Value)));
    }

    /// <summary>About half of the requesters rate a resolved ticket (CSAT), some also answer the effort question (CES).</summary>
    private void Rate(SupportTicket ticket, DateTime resolvedAt, bool afterDrop)
    {
        if (!_rng.Chance(0.55))
            return;
        var respondedAt = Before(resolvedAt.AddMinutes(_rng.Between(60, 2880)));
        if (respondedAt is not { } at)
            return;
        var weights = _story switch
        {
            DemoStory.SupportHeavy => UnhappyRatings,
            DemoStory.SlowDecline or DemoStory.Churned => MixedRatings,
            DemoStory.SuddenDrop when afterDrop => MixedRatings,
            _ => HappyRatings,
        };
        var rating = _rng.Weighted(weights) + 1;
        ticket.SatisfactionRating = rating;
        if (_rng.Chance(0.3))
            ticket.SatisfactionComment = _rng.Pick(rating >= 4 ? DemoTicketTexts.GoodComments : DemoTicketTexts.BadComments);
        AddTicketSurvey(ticket, SurveyType.Csat, rating, ticket.SatisfactionComment, resolvedAt, at);
        if (_rng.Chance(0.5))
        {
            var effort = Math.Clamp((int)Math.Round(1 + ((rating - 1) * 1.5) + _rng.Between(-1, 1)), 1, 7);
            AddTicketSurvey(ticket, SurveyType.Ces, effort, null, resolvedAt, at);
        }
    }

    private void AddTicketSurvey(SupportTicket ticket, SurveyType type, int score, string? comment, DateTime sentAt, DateTime respondedAt) =>
        _data.SurveyResponses.Add(new SurveyResponse
        {
            ResponseId = _ids.NextResponseId(type),
            ClientId = _clientId,
            SurveyType = type,
            SurveyId = type == SurveyType.Csat ? "ticket_csat" : "ticket_ces",
            Score = score,
            RespondentEmail = ticket.RequesterEmail,
            RespondentName = ticket.RequesterName,
            Comment = comment,
            TicketId = ticket.TicketId,
            SentAt = sentAt,
            RespondedAt = respondedAt,
        });

    /// <summary>The instant, to the whole second, if it falls before the "as of" day; else null: it has not happened yet.</summary>
    private DateTime? Before(DateTime instant)
    {
        var seconds = new DateTime(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        return seconds < Cutoff ? seconds : null;
    }
}
