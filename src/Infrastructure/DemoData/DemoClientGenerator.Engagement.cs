using CsMcp.Domain.Clients;
using CsMcp.Domain.Engagement;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private static readonly int[] MeetingLengths = [30, 45, 60];
    private static readonly int[] TrainingLengths = [45, 60, 90];
    private static readonly string[] MeetingTopics = ["Monthly check-in", "Roadmap preview", "Adoption review", "Success plan review", "Admin training follow-up"];
    private static readonly string[] InboundEmails = ["Question about report scheduling", "Asked for a seat count review", "Shared feedback on the new release", "Requested a product demo for another team", "Confirmed the next check-in"];
    private static readonly string[] OutboundEmails = ["Sent the monthly usage summary", "Shared best practices for workflows", "Invited to the customer webinar", "Followed up on open questions", "Proposed a check-in"];
    private static readonly string[] InAppResponses = ["Completed the dashboards guide", "Answered an in-app announcement", "Finished the onboarding checklist step", "Replied to an in-app message"];

    /// <summary>
    /// Touchpoints per 30-day period: named-contact logins, meetings (quarterly business reviews for larger tiers), calls,
    /// e-mails both ways, in-app responses and training. Inbound activity follows vitality; the CSM keeps reaching out regardless.
    /// </summary>
    private void BuildEngagement()
    {
        var meetingRate = _identity.Tier switch
        {
            ClientTier.Enterprise => 1.5,
            ClientTier.Professional => 0.8,
            ClientTier.Standard => 0.35,
            _ => 0.15,
        };
        foreach (var (first, last) in ActivePeriods())
        {
            var scale = (last.DayNumber - first.DayNumber + 1) / 30.0;
            var vitality = MeanVitality(first, last);
            Add(EngagementType.Login, EngagementDirection.Inbound, 3 * vitality * scale, first, last);
            Add(EngagementType.Meeting, EngagementDirection.Outbound, meetingRate * (0.3 + vitality) * scale, first, last);
            var calls = 0.3 + (_story == DemoStory.SupportHeavy ? 1.0 : 0) + (_story == DemoStory.LatePayer ? 0.8 : 0);
            Add(EngagementType.Call, EngagementDirection.Outbound, calls * scale, first, last);
            Add(EngagementType.Email, EngagementDirection.Outbound, 1.5 * scale, first, last);
            Add(EngagementType.Email, EngagementDirection.Inbound, 2 * vitality * scale, first, last);
            Add(EngagementType.InApp, EngagementDirection.Inbound, 1.2 * vitality * scale, first, last);
            Add(EngagementType.Training, EngagementDirection.Outbound, (_story == DemoStory.Onboarding ? 2 : 0.1) * scale, first, last);
        }

        AddQuarterlyBusinessReviews();
    }

    private void Add(EngagementType type, EngagementDirection direction, double mean, DateOnly first, DateOnly last)
    {
        for (var n = _rng.Poisson(mean); n > 0; n--)
        {
            var contact = type == EngagementType.Login && _rng.Chance(0.6) ? PrimaryContact : AnyContact();
            _data.EngagementEvents.Add(new EngagementEvent
            {
                ClientId = _clientId,
                EventType = type,
                Direction = direction,
                OccurredAt = _rng.BusinessTime(_rng.DayBetween(first, last)),
                ContactName = contact.Name,
                ContactEmail = contact.Email,
                DurationMinutes = type switch
                {
                    EngagementType.Meeting => _rng.Pick(MeetingLengths),
                    EngagementType.Call => _rng.Between(10, 40),
                    EngagementType.Training => _rng.Pick(TrainingLengths),
                    _ => null,
                },
                Summary = type switch
                {
                    EngagementType.Login => $"{contact.Title} signed in",
                    EngagementType.Meeting => _rng.Pick(MeetingTopics),
                    EngagementType.Call => _story == DemoStory.LatePayer && _rng.Chance(0.5) ? "Billing follow-up call" : "Check-in call",
                    EngagementType.Email => direction == EngagementDirection.Inbound ? _rng.Pick(InboundEmails) : _rng.Pick(OutboundEmails),
                    EngagementType.InApp => _rng.Pick(InAppResponses),
                    _ => "Admin training session",
                },
            });
        }
    }

    /// <summary>Enterprise and professional accounts meet quarterly unless the relationship has cooled.</summary>
    private void AddQuarterlyBusinessReviews()
    {
        if (_identity.Tier < ClientTier.Professional)
            return;
        for (var quarterEnd = _lastDay; quarterEnd > _windowStart; quarterEnd = quarterEnd.AddDays(-91))
        {
            var day = _rng.DayBetween(quarterEnd.AddDays(-60), quarterEnd.AddDays(-30));
            if (day < _start.AddDays(60) || day > ActiveUntil || Vitality(day) < 0.45)
                continue;
            var sponsor = _contacts[^1];
            _data.EngagementEvents.Add(new EngagementEvent
            {
                ClientId = _clientId,
                EventType = EngagementType.Meeting,
                Direction = EngagementDirection.Outbound,
                OccurredAt = _rng.BusinessTime(day),
                ContactName = sponsor.Name,
                ContactEmail = sponsor.Email,
                DurationMinutes = 60,
                Summary = "Quarterly business review",
            });
        }
    }
}
