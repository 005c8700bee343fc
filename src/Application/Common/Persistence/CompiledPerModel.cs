using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CsMcp.Application.Common.Persistence;

/// <summary>
/// A compiled EF Core query per model. EF Core ties a compiled query to the model it first ran with; the server has one
/// model, but a process that talks to SQLite and PostgreSQL (the tests) has one per provider.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _compiled = [];

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _compiled.GetValue(db.Model, _ => compile());
    }
}
