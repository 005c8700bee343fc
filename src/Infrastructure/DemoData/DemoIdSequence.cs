using CsMcp.Domain.Surveys;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>Portfolio-wide sequences for business keys, so ids are unique and follow generation order.</summary>
internal sealed class DemoIdSequence
{
    private readonly HashSet<string> _clientIds = new(StringComparer.Ordinal);
    private int _contract;
    private int _invoice;
    private int _ticket;
    private int _nps;
    private int _csat;
    private int _ces;
    private int _feedback;
    private int _insight;

    /// <summary>True when the id was free and is now taken.</summary>
    public bool ClaimClientId(string clientId) => _clientIds.Add(clientId);

    public string NextContractId() => $"CNT-{++_contract:D6}";

    public string NextInvoiceId() => $"INV-{++_invoice:D7}";

    public string NextFeedbackId() => $"FB-{++_feedback:D6}";

    public string NextInsightId() => $"PI-{++_insight:D6}";

    public string NextTicketId() => $"TKT-{++_ticket:D6}";

    public string NextResponseId(SurveyType type) => type switch
    {
        SurveyType.Nps => $"NPS-{++_nps:D6}",
        SurveyType.Csat => $"CSAT-{++_csat:D6}",
        _ => $"CES-{++_ces:D6}",
    };
}
