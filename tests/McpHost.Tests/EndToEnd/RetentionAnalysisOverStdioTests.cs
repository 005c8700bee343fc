using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// score_risk_factors, monitor_satisfaction and analyze_churn_postmortem through a real MCP client over stdio, on the demo
/// portfolio. The demo data is dated relative to today, so every expected number is derived from other tool output.
/// </summary>
public class RetentionAnalysisOverStdioTests : DemoPortfolioOverStdio
{
    private static readonly (string Factor, decimal Weight)[] ReferenceWeights =
    [
        ("usage_decline", 0.25m), ("low_engagement", 0.20m), ("support_volume", 0.15m),
        ("payment_health", 0.15m), ("satisfaction", 0.15m), ("contract_health", 0.10m),
    ];

    private static decimal? Decimal(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    [Fact]
    public async Task Risk_factors_use_the_reference_weights_and_their_weighted_sum_is_the_overall_score()
    {
        var client = Server.Client;
        var top = (await client.CallOkAsync("identify_churn_risk", Args(("limit", 1), ("persist_predictions", false))))
            .GetProperty("at_risk_customers")[0];
        var clientId = top.GetProperty("client_id").GetString()!;

        var scored = await client.CallOkAsync("score_risk_factors", Args(("client_id", clientId)));

        var factors = scored.GetProperty("risk_factors").EnumerateArray().ToList();
        Assert.Equal(ReferenceWeights, factors.Select(f => (f.GetProperty("factor").GetString()!, f.GetProperty("weight").GetDecimal())));
        var withData = factors.Where(f => Decimal(f.GetProperty("score")) is not null).ToList();
        Assert.NotEmpty(withData);
        Assert.All(withData, f => Assert.Equal(Math.Round(f.GetProperty("score").GetDecimal() * f.GetProperty("weight").GetDecimal(), 2, MidpointRounding.AwayFromZero),
            f.GetProperty("weighted").GetDecimal()));
        var weightSum = withData.Sum(f => f.GetProperty("weight").GetDecimal());
        var overall = scored.GetProperty("overall_risk_score").GetDecimal();
        Assert.Equal(Math.Round(withData.Sum(f => f.GetProperty("score").GetDecimal() * f.GetProperty("weight").GetDecimal()) / weightSum, 1, MidpointRounding.AwayFromZero), overall);
        Assert.Equal(weightSum == 1m, scored.GetProperty("redistribution_note").ValueKind == JsonValueKind.Null);
        var level = overall >= 75m ? "critical" : overall >= 50m ? "high" : overall >= 25m ? "medium" : "low";
        Assert.Equal(level, scored.GetProperty("risk_level").GetString());
        Assert.Equal((top.GetProperty("health_score").GetInt32(), top.GetProperty("churn_probability").GetDecimal()),
            (scored.GetProperty("health_score").GetInt32(), scored.GetProperty("churn_probability").GetDecimal()));
        Assert.All(scored.GetProperty("protective_factors").EnumerateArray(),
            p => Assert.True(factors.Single(f => f.GetProperty("factor").GetString() == p.GetString()).GetProperty("score").GetDecimal() <= 20m));

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", clientId), ("event_types", new[] { "health" }), ("limit", 1000)));
        Assert.Contains(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString() is { } title
            && title.StartsWith("Risk factors scored: ", StringComparison.Ordinal) && title.EndsWith($"({level})", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Portfolio_nps_is_percent_promoters_minus_percent_detractors_of_the_counts_reported()
    {
        var result = await Server.Client.CallOkAsync("monitor_satisfaction", Args(("detractor_limit", 5)));

        Assert.Equal(("portfolio", 90), (result.GetProperty("scope").GetString(), result.GetProperty("period").GetProperty("days").GetInt32()));
        var nps = result.GetProperty("nps");
        var current = nps.GetProperty("current");
        var (responses, promoters, passives, detractors) = (current.GetProperty("responses").GetInt32(), current.GetProperty("promoters").GetInt32(),
            current.GetProperty("passives").GetInt32(), current.GetProperty("detractors").GetInt32());
        Assert.True(responses > 0, "the demo portfolio has NPS answers in the last 90 days");
        Assert.Equal(responses, promoters + passives + detractors);
        Assert.Equal((int)Math.Round(100m * (promoters - detractors) / responses, 0, MidpointRounding.AwayFromZero), current.GetProperty("score").GetInt32());
        Assert.Equal(Math.Round(100m * promoters / responses, 1, MidpointRounding.AwayFromZero), current.GetProperty("promoter_percent").GetDecimal());
        Assert.Equal(Math.Round(100m * detractors / responses, 1, MidpointRounding.AwayFromZero), current.GetProperty("detractor_percent").GetDecimal());
        if (nps.GetProperty("previous").ValueKind != JsonValueKind.Null)
            Assert.Equal(current.GetProperty("score").GetInt32() - nps.GetProperty("previous").GetProperty("score").GetInt32(), nps.GetProperty("change").GetInt32());

        Assert.Equal(detractors, result.GetProperty("detractor_count").GetInt32());
        var listed = result.GetProperty("detractors").EnumerateArray().ToList();
        Assert.Equal(Math.Min(5, detractors), listed.Count);
        Assert.All(listed, d => Assert.InRange(d.GetProperty("score").GetInt32(), 0, 6));
        var times = listed.Select(d => d.GetProperty("responded_at").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task A_churned_clients_postmortem_reports_its_contract_value_as_lost_arr_and_records_the_reason()
    {
        var client = Server.Client;
        var churned = (await client.CallOkAsync("list_clients", Args(("lifecycle_stage_filter", "churned"), ("limit", 1000))))
            .GetProperty("clients").EnumerateArray().ToList();
        Assert.NotEmpty(churned);
        var gone = churned[0];
        var clientId = gone.GetProperty("client_id").GetString()!;

        var analysis = (await client.CallOkAsync("analyze_churn_postmortem", Args(("client_id", clientId)))).GetProperty("client");

        var lostArr = analysis.GetProperty("lost_arr").GetDecimal();
        Assert.Equal(gone.GetProperty("contract_value").GetDecimal(), lostArr);
        Assert.Equal("lifecycle_change", analysis.GetProperty("churn_date_source").GetString());
        var since = DateOnly.Parse(analysis.GetProperty("customer_since").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var churnDate = DateOnly.Parse(analysis.GetProperty("churn_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var tenure = analysis.GetProperty("tenure_months").GetInt32();
        Assert.Equal(((churnDate.Year - since.Year) * 12) + churnDate.Month - since.Month - (churnDate.Day < since.Day ? 1 : 0), tenure);
        Assert.True(tenure > 0);
        Assert.Equal(Math.Round(lostArr * tenure / 12m, 2, MidpointRounding.AwayFromZero), analysis.GetProperty("lifetime_value").GetDecimal());
        Assert.Equal([180, 150, 120, 90, 60, 30, 0], analysis.GetProperty("health_trajectory").EnumerateArray().Select(p => p.GetProperty("days_before_churn").GetInt32()));
        var leads = analysis.GetProperty("warning_signs").EnumerateArray().Select(s => s.GetProperty("days_before_churn").GetInt32()).ToList();
        Assert.Equal(leads.OrderByDescending(d => d), leads);
        Assert.All(leads, d => Assert.InRange(d, 0, 180));
        var factors = analysis.GetProperty("contributing_factors").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, factors.Count), factors.Select(f => f.GetProperty("rank").GetInt32()));
        var points = factors.Select(f => f.GetProperty("points_lost").GetDecimal()).ToList();
        Assert.Equal(points.OrderByDescending(p => p), points);
        Assert.Equal(JsonValueKind.Null, analysis.GetProperty("churn_record").ValueKind);

        var recorded = (await client.CallOkAsync("analyze_churn_postmortem", Args(("client_id", clientId), ("churn_reason", "competitor"),
            ("churn_details", "Moved to a cheaper tool")))).GetProperty("client");
        Assert.True(recorded.GetProperty("churn_reason_recorded").GetBoolean());
        Assert.Equal(("competitor", "Moved to a cheaper tool", lostArr), (recorded.GetProperty("churn_record").GetProperty("reason").GetString(),
            recorded.GetProperty("churn_record").GetProperty("details").GetString(), recorded.GetProperty("churn_record").GetProperty("lost_arr").GetDecimal()));
        Assert.Equal(("competitor", "recorded_reason"), (recorded.GetProperty("contributing_factors")[0].GetProperty("factor").GetString(),
            recorded.GetProperty("contributing_factors")[0].GetProperty("source").GetString()));

        var portfolio = (await client.CallOkAsync("analyze_churn_postmortem", Args())).GetProperty("portfolio");
        Assert.Equal(churned.Count, portfolio.GetProperty("churned_clients").GetInt32());
        Assert.Equal(churned.Sum(c => c.GetProperty("contract_value").GetDecimal()), portfolio.GetProperty("lost_arr").GetDecimal());
        var competitor = Assert.Single(portfolio.GetProperty("by_reason").EnumerateArray(), r => r.GetProperty("reason").GetString() == "competitor");
        Assert.Equal((1, lostArr), (competitor.GetProperty("clients").GetInt32(), competitor.GetProperty("lost_arr").GetDecimal()));
    }
}
