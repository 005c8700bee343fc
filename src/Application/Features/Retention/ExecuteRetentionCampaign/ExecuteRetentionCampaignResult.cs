using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Retention.Common;

namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

/// <param name="Replayed">create: true when the idempotency key already named a campaign, which is returned unchanged (nobody enrolled twice).</param>
/// <param name="EnrolledNow">create: clients enrolled by this call (0 on a replay).</param>
public sealed record ExecuteRetentionCampaignResult(
    string Action,
    string Message,
    CampaignView Campaign,
    bool Replayed,
    int EnrolledNow,
    IReadOnlyList<EnrolmentView> Enrolments,
    Page Pagination,
    CampaignProgress Progress);
