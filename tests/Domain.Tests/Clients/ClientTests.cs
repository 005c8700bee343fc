using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Domain.Tests.Clients;

public class ClientTests
{
    [Theory]
    [InlineData("Acme  Corp", "ACME CORP")]
    [InlineData(" acme corp ", "ACME CORP")]
    [InlineData("Acme\tCorp", "ACME CORP")]
    public void NormalizeName_ignores_case_and_spacing(string name, string expected) =>
        Assert.Equal(expected, Client.NormalizeName(name));

    [Fact]
    public void Contract_term_and_days_until_renewal_come_from_the_dates()
    {
        var client = new Client
        {
            ClientId = "cs_1_a", ClientName = "A", NormalizedName = "A", CompanyName = "A",
            ContractStartDate = new DateOnly(2026, 1, 1), ContractEndDate = new DateOnly(2027, 1, 1), RenewalDate = new DateOnly(2027, 1, 1),
        };

        Assert.Equal(365, client.ContractTermDays);
        Assert.Equal(200, client.DaysUntilRenewal(new DateOnly(2026, 6, 15)));
        Assert.Equal(-1, client.DaysUntilRenewal(new DateOnly(2027, 1, 2)));
    }

    [Theory]
    [InlineData(100, 0.90, "low")]
    [InlineData(80, 0.90, "low")]
    [InlineData(79, 0.70, "medium")]
    [InlineData(60, 0.70, "medium")]
    [InlineData(59, 0.40, "high")]
    [InlineData(0, 0.40, "high")]
    public void Renewal_outlook_follows_the_reference_ladder(int score, double probability, string risk)
    {
        var outlook = RenewalOutlook.FromHealthScore(score);
        Assert.Equal((decimal)probability, outlook.Probability);
        Assert.Equal(risk, outlook.RiskLevel);
    }

    [Fact]
    public void Enum_codes_are_snake_case_and_parse_case_insensitively()
    {
        Assert.Equal("at_risk", EnumCodes<LifecycleStage>.ToCode(LifecycleStage.AtRisk));
        Assert.True(EnumCodes<LifecycleStage>.TryParse("AT_RISK", out var stage));
        Assert.Equal(LifecycleStage.AtRisk, stage);
        Assert.False(EnumCodes<ClientTier>.TryParse("gold", out _));
        Assert.Equal("starter, standard, professional, enterprise", EnumCodes<ClientTier>.AllowedList);
    }
}
