using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.MonitorSatisfaction;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Surveys;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Retention;

public class MonitorSatisfactionTests : CoreToolTestBase
{
    private Task<MonitorSatisfactionResult> Call(MonitorSatisfaction query) =>
        WithDb(async db => await new MonitorSatisfactionHandler(db, Clock).Handle(query, default));

    /// <summary>Acme: NPS 10 9 9 8 3 6 now, 10 10 9 7 before; CSAT 4 5 3 now, 5 5 before; CES 2 3 now. Globex: NPS 0 now.</summary>
    private async Task<(string Acme, string Globex)> SeedAsync()
    {
        var acme = (await Register("Acme Corp")).ClientId;
        var globex = (await Register("Globex")).ClientId;
        await WithDb(async db =>
        {
            foreach (var (score, days) in new[] { (10, 80), (9, 60), (9, 40), (8, 30) })
                db.Survey(acme, SurveyType.Nps, score, days);
            db.Survey(acme, SurveyType.Nps, 3, 10, "Too many outages.");
            db.Survey(acme, SurveyType.Nps, 6, 5);
            foreach (var (score, days) in new[] { (10, 170), (10, 150), (9, 120), (7, 100) })
                db.Survey(acme, SurveyType.Nps, score, days);
            foreach (var (score, days) in new[] { (4, 20), (5, 15), (3, 2) })
                db.Survey(acme, SurveyType.Csat, score, days);
            foreach (var (score, days) in new[] { (5, 110), (5, 95) })
                db.Survey(acme, SurveyType.Csat, score, days);
            db.Survey(acme, SurveyType.Ces, 2, 12);
            db.Survey(acme, SurveyType.Ces, 3, 3);
            db.Survey(globex, SurveyType.Nps, 0, 1, "Cancelling.");
            db.Survey(globex, SurveyType.Nps, 10, 200);
            return await db.SaveChangesAsync();
        });
        return (acme, globex);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Client_figures_trends_detractors_and_alerts(string provider)
    {
        await UseAsync(provider);
        var (acme, _) = await SeedAsync();

        var result = await Call(new MonitorSatisfaction { ClientId = acme });

        Assert.Equal(("client", "Acme Corp"), (result.Scope, result.ClientName));
        Assert.Equal(new NpsFigures(17, 6, 3, 1, 2, 50m, 16.7m, 33.3m), result.Nps!.Current);
        Assert.Equal(new NpsFigures(75, 4, 3, 1, 0, 75m, 25m, 0m), result.Nps.Previous);
        Assert.Equal((-58, SatisfactionTrend.Declining), (result.Nps.Change!.Value, result.Nps.Trend!.Value));
        Assert.Equal(new ScaleFigures(4m, 3, 66.7m), result.Csat!.Current);
        Assert.Equal((-1m, SatisfactionTrend.Declining), (result.Csat.Change!.Value, result.Csat.Trend!.Value));
        Assert.Equal(new ScaleFigures(2.5m, 2, 0m), result.Ces!.Current);
        Assert.Null(result.Ces.Trend);
        Assert.Equal(2, result.DetractorCount);
        Assert.Equal([(6, (string?)null), (3, "Too many outages.")], result.Detractors.Select(d => (d.Score, d.Comment)));
        Assert.Equal(
        [
            new SatisfactionAlert("nps_drop", "high", "NPS fell 58 points, from 75 to 17."),
            new SatisfactionAlert("csat_drop", "medium", "CSAT fell from 5 to 4."),
            new SatisfactionAlert("low_ces", "medium", "CES averages 2.5 of 7, below 4: customers find it hard to get things done."),
        ], result.Alerts);
        Assert.Equal("11 survey response(s) in the period and 6 in the previous period from Acme Corp; a measure without responses in a period is null, not a default.", result.Basis);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Portfolio_nps_only_with_a_shorter_period(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var all = await Call(new MonitorSatisfaction { SurveyType = "NPS" });
        var shortPeriod = await Call(new MonitorSatisfaction { SurveyType = "nps", TimePeriodDays = 7, DetractorLimit = 1 });

        Assert.Equal(new NpsFigures(0, 7, 3, 1, 3, 42.9m, 14.3m, 42.9m), all.Nps!.Current);
        Assert.Null(all.Csat);
        Assert.Equal(3, all.DetractorCount);
        Assert.Equal(new NpsFigures(-100, 2, 0, 0, 2, 0m, 0m, 100m), shortPeriod.Nps!.Current);
        Assert.Equal(new NpsFigures(-100, 1, 0, 0, 1, 0m, 0m, 100m), shortPeriod.Nps.Previous);
        Assert.Equal(SatisfactionTrend.Stable, shortPeriod.Nps.Trend);
        Assert.Equal(("Globex", 2), (Assert.Single(shortPeriod.Detractors).ClientName, shortPeriod.DetractorCount));
        Assert.Equal([new SatisfactionAlert("negative_nps", "high", "NPS is -100: more detractors (2) than promoters (0).")], shortPeriod.Alerts);
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var errors = ArgumentErrors.From(new MonitorSatisfactionValidator().Validate(new MonitorSatisfaction
        {
            ClientId = "../x", SurveyType = "csi", TimePeriodDays = 0, DetractorLimit = 201,
        }).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["client_id"] = ["'client_id' must not contain path traversal sequences ('..', '/', '\\')."],
            ["survey_type"] = ["'survey_type' must be one of: nps, csat, ces (case-insensitive); got 'csi'."],
            ["time_period_days"] = ["'time_period_days' must be between 1 and 730; got 0."],
            ["detractor_limit"] = ["'detractor_limit' must be between 0 and 200; got 201."],
        }, errors);
    }
}
