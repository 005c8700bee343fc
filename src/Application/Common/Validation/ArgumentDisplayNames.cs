using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation.Internal;

namespace CsMcp.Application.Common.Validation;

/// <summary>FluentValidation's display-name resolver for tool validators: snake_case wire names instead of C# member names.</summary>
internal static class ArgumentDisplayNames
{
    // FluentValidation asks for a rule's display name every time the rule runs, not once per rule. Converting the name
    // each time cost four allocations per rule per call; the result depends only on the member or the rule's expression,
    // so it is computed once. Expressions are keyed weakly: validators built and dropped (tests) do not pin them.
    private static readonly ConcurrentDictionary<MemberInfo, string> Members = new();
    private static readonly ConditionalWeakTable<LambdaExpression, string> Expressions = new();

    public static string? Resolve(Type type, MemberInfo? member, LambdaExpression? expression) =>
        member is not null ? Members.GetOrAdd(member, static m => ArgumentNames.FromMemberPath(m.Name))
        : expression is not null ? Expressions.GetValue(expression, static e => ArgumentNames.FromMemberPath(PropertyChain.FromExpression(e).ToString()))
        : null;
}
