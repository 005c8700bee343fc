using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Mediator;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

[Tool("manage_voice_of_customer", Toolsets.Feedback, Title = "Manage voice of customer", OpenWorld = true)]
[Description("Voice of customer from stored feedback, surveys, insights: stored, e-mailed reports; loop tracking, closure; program rates; "
    + "summary vs previous period; roadmap.")]
public sealed record ManageVoiceOfCustomer : PortfolioScope, ICommand<ManageVoiceOfCustomerResult>
{
    [Description("Required.")]
    [OneOf<VocAction>]
    public required string Action { get; init; }

    [Description("Omit for the portfolio.")]
    public string? ClientId { get; init; }

    [Description("Default end - 7/30/90/365 d by report_type.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("Default today.")]
    public DateOnly? PeriodEnd { get; init; }

    [Description("Default monthly.")]
    [OneOf<VocReportType>]
    public string ReportType { get; init; } = "monthly";

    [Description("Default true.")]
    public bool IncludeSentiment { get; init; } = true;

    [Description("NPS, CSAT. Default true.")]
    public bool IncludeNps { get; init; } = true;

    [Description("Default true.")]
    public bool IncludeProductInsights { get; init; } = true;

    [Description("Default true.")]
    public bool IncludeCustomerQuotes { get; init; } = true;

    [Description("Default all.")]
    [OneOf<VocAudience>]
    public string TargetAudience { get; init; } = "all";

    [Description("To close; omit to list open.")]
    public IReadOnlyList<string>? FeedbackIds { get; init; }

    [Description("E-mailed to each submitter.")]
    public string? ClosureNotes { get; init; }

    [Description("With roadmap_status; omit both to list.")]
    public string? InsightId { get; init; }

    [Description("New status.")]
    [OneOf<RoadmapStatus>]
    public string? RoadmapStatus { get; init; }

    [Description("Repeat returns the first report.")]
    public string? IdempotencyKey { get; init; }
}

public sealed partial class ManageVoiceOfCustomerHandler(IAppDbContext db, TimeProvider time, IEmailSender email)
    : ICommandHandler<ManageVoiceOfCustomer, ManageVoiceOfCustomerResult>
{
    public async ValueTask<ManageVoiceOfCustomerResult> Handle(ManageVoiceOfCustomer command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var reportType = EnumCodes<VocReportType>.Parse(command.ReportType);
        var period = FeedbackPeriod.Of(command.PeriodStart, command.PeriodEnd, today, VocRules.DefaultDays(reportType));
        var clientId = command.ClientId?.Trim();
        if (clientId is not null)
            await db.GetClientAsync(clientId, cancellationToken);
        var context = new VocContext(command, clientId, FeedbackScope.Of(db, command, clientId, today), period, reportType, now.UtcDateTime, today);
        return EnumCodes<VocAction>.Parse(command.Action) switch
        {
            VocAction.CreateVocReport => await CreateReportAsync(context, cancellationToken),
            VocAction.TrackFeedbackLoop => await TrackLoopAsync(context, cancellationToken),
            VocAction.MeasureProgramEffectiveness => await MeasureAsync(context, cancellationToken),
            VocAction.GenerateExecutiveSummary => await SummarizeAsync(context, cancellationToken),
            VocAction.CloseFeedbackLoop => await CloseLoopsAsync(context, cancellationToken),
            _ => await UpdateRoadmapAsync(context, cancellationToken),
        };
    }

    private static ManageVoiceOfCustomerResult Result(VocContext c, VocAction action, string message, string computedFrom, IReadOnlyList<string> rules,
        IReadOnlyList<string> notes, VocReportView? report = null, FeedbackLoopSummary? loop = null, ProgramEffectiveness? effectiveness = null,
        ExecutiveSummary? summary = null, LoopClosure? closure = null, RoadmapView? roadmap = null) =>
        new(action, message, c.ClientId, AppliedScope.Of(c.Request, c.ClientId), c.PeriodView, report, loop, effectiveness, summary, closure, roadmap,
            computedFrom, rules, notes);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One call's inputs, resolved: the scope, the period and "now".</summary>
    private sealed record VocContext(ManageVoiceOfCustomer Request, string? ClientId, FeedbackScope Scope, FeedbackPeriod Period, VocReportType ReportType,
        DateTime Now, DateOnly Today)
    {
        public VocPeriod PeriodView => new(Period.Start, Period.End, Period.Days);

        public string ScopeText => ClientId is null ? "the scoped portfolio" : ClientId;

        public string PeriodText => $"{Iso(Period.Start)}..{Iso(Period.End)}";
    }
}
