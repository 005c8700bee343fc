namespace CsMcp.Domain.Support;

/// <summary>The original's SLA matrix (minutes to first response / to resolution) by priority.</summary>
public sealed record TicketSla(int FirstResponseMinutes, int ResolutionMinutes)
{
    public static TicketSla For(TicketPriority priority) => priority switch
    {
        TicketPriority.P0 => new(5, 60),
        TicketPriority.P1 => new(15, 240),
        TicketPriority.P2 => new(60, 1_440),
        TicketPriority.P3 => new(240, 2_880),
        _ => new(480, 4_320),
    };
}
