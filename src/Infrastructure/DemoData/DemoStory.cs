namespace CsMcp.Infrastructure.DemoData;

/// <summary>The account stories of the demo portfolio; each client's data is generated to tell its story.</summary>
public enum DemoStory
{
    /// <summary>High, rising usage, broad adoption, promoters, pays on time.</summary>
    Thriving,

    /// <summary>Moderate, flat usage; passives; the bulk of the book.</summary>
    Steady,

    /// <summary>Usage and sentiment slide for most of the year; at risk in the last months.</summary>
    SlowDecline,

    /// <summary>Normal until about two months ago, then active users fall by more than half.</summary>
    SuddenDrop,

    /// <summary>Many tickets, a large share P0/P1, low ticket satisfaction.</summary>
    SupportHeavy,

    /// <summary>Uses the product but pays 3-9 weeks late; an invoice is more than 30 days overdue now.</summary>
    LatePayer,

    /// <summary>Declined, did not renew 2-9 months ago: status and stage churned, usage stops at the churn date.</summary>
    Churned,

    /// <summary>Strong usage, then an early renewal with more seats and higher ARR; stage expansion.</summary>
    Expanding,

    /// <summary>Signed 3-13 weeks ago and still onboarding; little history yet.</summary>
    Onboarding,
}
