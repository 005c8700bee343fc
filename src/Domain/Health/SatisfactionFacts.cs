namespace CsMcp.Domain.Health;

/// <summary>NPS and CSAT responses in the lookback window. With no response of either kind, satisfaction is no data.</summary>
/// <param name="Promoters">NPS responses scoring 9-10.</param>
/// <param name="Passives">NPS responses scoring 7-8.</param>
/// <param name="Detractors">NPS responses scoring 0-6.</param>
/// <param name="AverageCsat">Average CSAT rating on the 1-5 scale; set exactly when <paramref name="CsatResponses"/> is above 0.</param>
/// <param name="CsatResponses">Number of CSAT ratings averaged.</param>
public sealed record SatisfactionFacts(int Promoters, int Passives, int Detractors, decimal? AverageCsat, int CsatResponses)
{
    public int NpsResponses => Promoters + Passives + Detractors;
}
