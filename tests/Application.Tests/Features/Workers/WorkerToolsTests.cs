using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Application.Features.Workers.ConfigureAutonomousWorker;
using CsMcp.Application.Features.Workers.GetAutonomousStatus;
using CsMcp.Application.Features.Workers.GetWorkerConfig;
using CsMcp.Application.Features.Workers.ListAvailableWorkers;
using CsMcp.Application.Features.Workers.TriggerWorkerNow;
using CsMcp.Application.Tests.Features.Retention;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Workers;

public sealed class WorkerToolsTests : WorkerToolTestBase
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static string Json(object value) => JsonSerializer.Serialize(value, Snake);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_seeded_settings_are_the_references_defaults(string provider)
    {
        await UseAsync(provider);

        var list = await Handle((ListAvailableWorkersHandler h) => h.Handle(new ListAvailableWorkers(), default));

        Assert.Equal(
            [
                ("churn_risk_monitor", true, 4), ("usage_drop_alerts", true, 6), ("onboarding_progress", true, 24), ("nps_csat_monitor", false, 24),
                ("support_sla_tracker", true, 2), ("upsell_detector", false, 168), ("retention_analyzer", false, 168),
            ],
            list.Workers.Select(w => (w.Name, w.Enabled, w.IntervalHours)));
        Assert.Equal((true, 7, 4), (list.AutonomousEnabled, list.TotalWorkers, list.EnabledWorkers));

        var configs = new Dictionary<string, string>();
        foreach (var name in Enum.GetValues<WorkerName>())
        {
            var config = await Handle((GetWorkerConfigHandler h) => h.Handle(new GetWorkerConfig { WorkerName = EnumCodes.Code(name) }, default));
            configs[config.WorkerName] = Json(config.Config.Params);
        }

        Assert.Equal("""{"health_score_threshold":60,"alert_on_critical":true}""", configs["churn_risk_monitor"]);
        Assert.Equal("""{"drop_threshold_percent":30,"check_window_days":7}""", configs["usage_drop_alerts"]);
        Assert.Equal("""{"days_stuck_threshold":7,"completion_threshold_percent":50}""", configs["onboarding_progress"]);
        Assert.Equal("""{"nps_alert_threshold":6,"csat_alert_threshold":3,"lookback_days":90}""", configs["nps_csat_monitor"]);
        Assert.Equal("""{"sla_breach_alert":true,"hours_until_breach":2}""", configs["support_sla_tracker"]);
        Assert.Equal("""{"usage_threshold_percent":80,"health_score_min":75}""", configs["upsell_detector"]);
        Assert.Equal("""{"cohort_size_min":10,"retention_rate_threshold":0.85}""", configs["retention_analyzer"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Configure_merges_params_and_persists(string provider)
    {
        await UseAsync(provider);

        var result = await Handle((ConfigureAutonomousWorkerHandler h) => h.Handle(new ConfigureAutonomousWorker
        {
            WorkerName = "Upsell_Detector", Enabled = true, IntervalHours = 24,
            Params = new() { ["health_score_min"] = JsonSerializer.SerializeToElement(80) },
        }, default));

        Assert.Equal((true, "Worker upsell_detector enabled", true, 24), (result.Success, result.Message, result.Enabled, result.IntervalHours));
        Assert.Equal(["health_score_min"], result.ParamsUpdated);
        var stored = await Handle((GetWorkerConfigHandler h) => h.Handle(new GetWorkerConfig { WorkerName = "upsell_detector" }, default));
        Assert.Equal((true, 24, """{"usage_threshold_percent":80,"health_score_min":80}"""), (stored.Config.Enabled, stored.Config.IntervalHours, Json(stored.Config.Params)));
        Assert.Equal(TestClock.Now.UtcDateTime, stored.UpdatedAt);
    }

    [Fact]
    public void Validation_names_the_argument_and_the_allowed_values()
    {
        var validator = new ConfigureAutonomousWorkerValidator();
        string[] Errors(ConfigureAutonomousWorker r) => [.. validator.Validate(r).Errors.Select(e => e.ErrorMessage)];

        Assert.Equal(["'worker_name' must be one of: churn_risk_monitor, usage_drop_alerts, onboarding_progress, nps_csat_monitor, support_sla_tracker, upsell_detector, retention_analyzer (case-insensitive); got 'churn'."],
            Errors(new ConfigureAutonomousWorker { WorkerName = "churn", Enabled = true }));
        Assert.Equal(["'params' has 'threshold', which is not a param of churn_risk_monitor; its params are: health_score_threshold, alert_on_critical."],
            Errors(new ConfigureAutonomousWorker { WorkerName = "churn_risk_monitor", Enabled = true, Params = new() { ["threshold"] = JsonSerializer.SerializeToElement(5) } }));
        Assert.Equal(["'params.alert_on_critical' must be true or false; got \"yes\"."],
            Errors(new ConfigureAutonomousWorker { WorkerName = "churn_risk_monitor", Enabled = true, Params = new() { ["alert_on_critical"] = JsonSerializer.SerializeToElement("yes") } }));
        Assert.Equal(["'params.health_score_threshold' must be a number 1-100; got 0."],
            Errors(new ConfigureAutonomousWorker { WorkerName = "churn_risk_monitor", Enabled = true, Params = new() { ["health_score_threshold"] = JsonSerializer.SerializeToElement(0) } }));
        Assert.Equal(["'interval_hours' must be 1-8760; got 0. Omit it to keep the stored interval."],
            Errors(new ConfigureAutonomousWorker { WorkerName = "churn_risk_monitor", Enabled = true, IntervalHours = 0 }));
        Assert.Equal(["'worker_name' must be one of: churn_risk_monitor, usage_drop_alerts, onboarding_progress, nps_csat_monitor, support_sla_tracker, upsell_detector, retention_analyzer (case-insensitive); got 'x'."],
            [.. new TriggerWorkerNowValidator().Validate(new TriggerWorkerNow { WorkerName = "x" }).Errors.Select(e => e.ErrorMessage)]);
        Assert.Single(new GetWorkerConfigValidator().Validate(new GetWorkerConfig { WorkerName = "x" }).Errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Trigger_runs_an_enabled_worker_and_refuses_a_disabled_one(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await ChurnDataset.SeedAsync(db);
            return 0;
        });

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Handle((TriggerWorkerNowHandler h) => h.Handle(new TriggerWorkerNow { WorkerName = "upsell_detector" }, default)));
        Assert.Equal("Worker upsell_detector is disabled. Enable it with configure_autonomous_worker (worker_name 'upsell_detector', enabled true), then trigger it.", refused.Message);

        var result = await Handle((TriggerWorkerNowHandler h) => h.Handle(new TriggerWorkerNow { WorkerName = "churn_risk_monitor" }, default));
        Assert.Equal(("success", "churn_risk_monitor", 1, 1, 1, WorkerRunner.NoChannel), (result.Status, result.Worker, result.FindingsCount, result.NewAlerts, result.OpenAlerts, result.Notification));
        var finding = Assert.Single(result.Findings);
        Assert.Equal((ChurnDataset.Decliner, "Decliner", "critical_health", true), (finding.Subject, finding.ClientName, finding.Condition, finding.NewAlert));

        var status = await Handle((GetAutonomousStatusHandler h) => h.Handle(new GetAutonomousStatus(), default));
        var churn = status.Workers[0];
        Assert.Equal(("churn_risk_monitor", (DateTime?)TestClock.Now.UtcDateTime, "success", (DateTime?)TestClock.Now.UtcDateTime.AddHours(4), false, 1, 0, 1),
            (churn.Name, churn.LastRun, churn.LastStatus, churn.NextDueAt, churn.RunningNow, churn.RunCount, churn.ErrorCount, churn.AlertCount));
        var alert = Assert.Single(status.RecentAlerts);
        Assert.Equal((ChurnDataset.Decliner, "critical_health"), (alert.Subject, alert.Condition));
        Assert.Equal((1, 30), (status.OpenAlertsTotal, status.GlobalIntervalMinutes));
    }
}
