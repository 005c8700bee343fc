using FluentValidation;

namespace CsMcp.Application.Common.Results;

/// <summary>Paging of a tool's list: limit 1-1000 and offset >= 0, with one pair of rules.</summary>
public interface IPagedRequest
{
    int Limit { get; }
    int Offset { get; }
}

public static class Paging
{
    public const int MaxLimit = 1000;
    public const string OffsetText = "Entries to skip, >= 0. Default 0; continue with pagination.next_offset.";

    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedRequest
    {
        validator.RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        validator.RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
