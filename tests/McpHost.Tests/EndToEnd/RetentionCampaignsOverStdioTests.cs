using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// execute_retention_campaign and automate_retention_campaigns through a real MCP client over stdio, on the demo portfolio.
/// Clients and thresholds are taken from identify_churn_risk's output, so the expectations hold whatever day the demo data ends on.
/// </summary>
public class RetentionCampaignsOverStdioTests : DemoPortfolioOverStdio
{
    private const string Owner = "Dana Lee";

    private async Task<List<JsonElement>> TopRisksAsync(int count) =>
        (await Server.Client.CallOkAsync("identify_churn_risk", Args(("limit", count), ("persist_predictions", false))))
            .GetProperty("at_risk_customers").EnumerateArray().ToList();

    private async Task<int> EnrolledAsync(string campaignId) =>
        (await Server.Client.CallOkAsync("execute_retention_campaign", Args(("action", "status"), ("campaign_id", campaignId))))
            .GetProperty("progress").GetProperty("enrolled").GetInt32();

    private static string Id(JsonElement e) => e.GetProperty("client_id").GetString()!;

    [Fact]
    public async Task A_campaign_enrols_two_clients_once_per_idempotency_key_and_its_progress_is_queryable()
    {
        var client = Server.Client;
        var top = await TopRisksAsync(2);
        var (a, b) = (Id(top[0]), Id(top[1]));
        var create = Args(("client_ids", new[] { a, b }), ("owner", Owner), ("name", "E2E save"), ("idempotency_key", "e2e-two-clients"));

        var created = await client.CallOkAsync("execute_retention_campaign", create);
        var campaign = created.GetProperty("campaign");
        var campaignId = campaign.GetProperty("campaign_id").GetString()!;
        Assert.Equal((false, 2), (created.GetProperty("replayed").GetBoolean(), created.GetProperty("enrolled_now").GetInt32()));
        Assert.Equal([("outreach", 2), ("executive_sponsor_call", 7), ("training", 14)], campaign.GetProperty("playbook").EnumerateArray()
            .Select(s => (s.GetProperty("step_type").GetString()!, s.GetProperty("due_after_days").GetInt32())));
        Assert.Equal(new[] { a, b }.Order(StringComparer.Ordinal), created.GetProperty("enrolments").EnumerateArray().Select(Id).Order(StringComparer.Ordinal));
        Assert.All(created.GetProperty("enrolments").EnumerateArray(), e => Assert.Equal("enrolled", e.GetProperty("status").GetString()));

        var replayed = await client.CallOkAsync("execute_retention_campaign", create);
        Assert.Equal((true, 0, campaignId), (replayed.GetProperty("replayed").GetBoolean(), replayed.GetProperty("enrolled_now").GetInt32(),
            replayed.GetProperty("campaign").GetProperty("campaign_id").GetString()));
        Assert.Equal(2, await EnrolledAsync(campaignId));

        var updated = await client.CallOkAsync("execute_retention_campaign", Args(("action", "update_enrolment"), ("campaign_id", campaignId),
            ("client_id", a), ("steps_completed", 1), ("outcome", "retained")));
        Assert.Equal($"Updated {a} in {campaignId}: steps_completed from 0 to 1; outcome from pending to retained.", updated.GetProperty("message").GetString());

        var status = await client.CallOkAsync("execute_retention_campaign", Args(("action", "status"), ("campaign_id", campaignId)));
        var progress = status.GetProperty("progress");
        Assert.Equal((2, 1, 6, 16.7m, 1m), (progress.GetProperty("enrolled").GetInt32(), progress.GetProperty("steps_completed").GetInt32(),
            progress.GetProperty("steps_planned").GetInt32(), progress.GetProperty("completion_percent").GetDecimal(), progress.GetProperty("retention_rate").GetDecimal()));
        Assert.Equal((1, 1), (progress.GetProperty("by_outcome").GetProperty("retained").GetInt32(), progress.GetProperty("by_outcome").GetProperty("pending").GetInt32()));
        var first = status.GetProperty("enrolments").EnumerateArray().Single(e => Id(e) == a);
        Assert.Equal((2, "executive_sponsor_call"), (first.GetProperty("next_step").GetProperty("sequence").GetInt32(),
            first.GetProperty("next_step").GetProperty("step_type").GetString()));

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", a), ("event_types", new[] { "communication" }), ("limit", 1000)));
        var titles = timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Single(titles, t => t == "Enrolled in retention campaign E2E save");
        Assert.Single(titles, t => t == "Retention campaign E2E save updated");
    }

    [Fact]
    public async Task The_original_calls_default_the_owner_and_automate_into_the_standing_template_campaign()
    {
        var client = Server.Client;
        var clients = (await client.CallOkAsync("list_clients", Args(("lifecycle_stage_filter", "active"), ("limit", 1000)))).GetProperty("clients").EnumerateArray().ToList();
        var withCsm = clients.First(c => c.GetProperty("csm_assigned").ValueKind == JsonValueKind.String);

        var campaign = await client.CallOkAsync("execute_retention_campaign", Args(("client_id", Id(withCsm)), ("campaign_type", "proactive_outreach"),
            ("intervention_level", "standard")));
        Assert.Equal(withCsm.GetProperty("csm_assigned").GetString(), campaign.GetProperty("campaign").GetProperty("owner").GetString());

        var automated = await client.CallOkAsync("automate_retention_campaigns", Args());
        var rule = Assert.Single(automated.GetProperty("rules").EnumerateArray());
        Assert.Equal(("health_score", 60m, true), (rule.GetProperty("trigger_type").GetString(), rule.GetProperty("threshold").GetDecimal(), rule.GetProperty("active").GetBoolean()));
        var standing = rule.GetProperty("campaign_id").GetString()!;
        var status = await client.CallOkAsync("execute_retention_campaign", Args(("action", "status"), ("campaign_id", standing)));
        Assert.Equal(("Automated standard_intervention", "unassigned"), (status.GetProperty("campaign").GetProperty("name").GetString(),
            status.GetProperty("campaign").GetProperty("owner").GetString()));
        Assert.Equal(automated.GetProperty("enrolled_now").GetInt32(), status.GetProperty("progress").GetProperty("enrolled").GetInt32());

        var again = await client.CallOkAsync("automate_retention_campaigns", Args(("trigger_type", "health_score"), ("threshold", 60.0), ("campaign_template", "standard_intervention")));
        Assert.Equal(rule.GetProperty("rule_id").GetString(), again.GetProperty("rules")[0].GetProperty("rule_id").GetString());
        Assert.Single((await client.CallOkAsync("automate_retention_campaigns", Args(("action", "list")))).GetProperty("rules").EnumerateArray());

        var bad = await client.CallErrorAsync("execute_retention_campaign", Args(("client_id", Id(withCsm)), ("intervention_level", "extreme")));
        Assert.Contains("- intervention_level: 'intervention_level' must be one of: light, standard, aggressive (case-insensitive); got 'extreme'.", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Automation_dry_run_writes_nothing_create_enrols_the_matches_and_a_deactivated_rule_is_skipped_by_run()
    {
        var client = Server.Client;
        var top = await TopRisksAsync(3);
        var (a, b, c) = (Id(top[0]), Id(top[1]), Id(top[2]));
        var threshold = Math.Min(100, top.Max(t => t.GetProperty("health_score").GetInt32()) + 1);
        var x = (await client.CallOkAsync("execute_retention_campaign", Args(("client_ids", new[] { a, b }), ("owner", Owner), ("idempotency_key", "e2e-auto-x"))))
            .GetProperty("campaign").GetProperty("campaign_id").GetString()!;
        var y = (await client.CallOkAsync("execute_retention_campaign", Args(("client_id", c), ("owner", Owner), ("idempotency_key", "e2e-auto-y"))))
            .GetProperty("campaign").GetProperty("campaign_id").GetString()!;
        Dictionary<string, object?> Rule(string campaignId, bool dryRun) =>
            Args(("trigger_type", "health_score"), ("threshold", threshold), ("campaign_id", campaignId), ("dry_run", dryRun));

        var dry = await client.CallOkAsync("automate_retention_campaigns", Rule(x, true));
        var dryMatches = dry.GetProperty("matches").EnumerateArray().ToList();
        Assert.True(dry.GetProperty("dry_run").GetBoolean());
        Assert.Equal(JsonValueKind.Null, dry.GetProperty("rules")[0].GetProperty("rule_id").ValueKind);
        Assert.Equal($"health below {threshold}", dry.GetProperty("rules")[0].GetProperty("condition").GetString());
        Assert.All(dryMatches, m => Assert.Matches($"^health \\d+ is below {threshold}$", m.GetProperty("reason").GetString()));
        var results = dryMatches.ToDictionary(Id, m => m.GetProperty("result").GetString());
        Assert.Equal(("already_enrolled", "already_enrolled", "would_enrol"), (results[a], results[b], results[c]));
        var wouldEnrol = results.Count(r => r.Value == "would_enrol");
        Assert.Equal($"Dry run: {wouldEnrol} client(s) would be enrolled, 2 already are; nothing was written.", dry.GetProperty("message").GetString());
        Assert.Empty((await client.CallOkAsync("automate_retention_campaigns", Args(("action", "list")))).GetProperty("rules").EnumerateArray());
        Assert.Equal(2, await EnrolledAsync(x));

        var created = await client.CallOkAsync("automate_retention_campaigns", Rule(x, false));
        var ruleX = created.GetProperty("rules")[0].GetProperty("rule_id").GetString()!;
        Assert.Equal($"Stored {ruleX}; enrolled {wouldEnrol} client(s), 2 already enrolled.", created.GetProperty("message").GetString());
        Assert.Equal(dryMatches.Select(m => (Id(m), m.GetProperty("result").GetString() == "would_enrol" ? "enrolled" : "already_enrolled")),
            created.GetProperty("matches").EnumerateArray().Select(m => (Id(m), m.GetProperty("result").GetString()!)));
        Assert.Equal(2 + wouldEnrol, await EnrolledAsync(x));

        var ruleY = (await client.CallOkAsync("automate_retention_campaigns", Rule(y, false))).GetProperty("rules")[0].GetProperty("rule_id").GetString()!;
        Assert.Equal(dryMatches.Count, await EnrolledAsync(y));

        var paused = await client.CallOkAsync("automate_retention_campaigns", Args(("action", "deactivate"), ("rule_id", ruleX)));
        Assert.Equal($"{ruleX} is now inactive; run skips it until it is activated.", paused.GetProperty("message").GetString());
        var list = await client.CallOkAsync("automate_retention_campaigns", Args(("action", "list")));
        Assert.Equal([(ruleX, false), (ruleY, true)], list.GetProperty("rules").EnumerateArray()
            .Select(r => (r.GetProperty("rule_id").GetString()!, r.GetProperty("active").GetBoolean())));

        var run = await client.CallOkAsync("automate_retention_campaigns", Args(("action", "run")));
        Assert.Equal([ruleY], run.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("rule_id").GetString()));
        Assert.Equal(0, run.GetProperty("enrolled_now").GetInt32());
        Assert.All(run.GetProperty("matches").EnumerateArray(), m => Assert.Equal((ruleY, "already_enrolled"), (m.GetProperty("rule_id").GetString(), m.GetProperty("result").GetString())));
        Assert.Equal(2 + wouldEnrol, await EnrolledAsync(x));

        var refused = await client.CallErrorAsync("automate_retention_campaigns", Args(("action", "run"), ("rule_id", ruleX)));
        Assert.Contains($"No active rule with rule_id '{ruleX}' exists.", refused, StringComparison.Ordinal);

        var resumed = await client.CallOkAsync("automate_retention_campaigns", Args(("action", "activate"), ("rule_id", ruleX)));
        Assert.True(resumed.GetProperty("rules")[0].GetProperty("active").GetBoolean());
        var again = await client.CallOkAsync("automate_retention_campaigns", Args(("action", "run"), ("rule_id", ruleX)));
        Assert.Equal((0, dryMatches.Count), (again.GetProperty("enrolled_now").GetInt32(), again.GetProperty("matches").GetArrayLength()));

        var invalid = await client.CallErrorAsync("automate_retention_campaigns", Args(("action", "deactivate")));
        Assert.Contains("- rule_id: 'rule_id' is required when action is deactivate: the stored rule to change.", invalid, StringComparison.Ordinal);
    }
}
