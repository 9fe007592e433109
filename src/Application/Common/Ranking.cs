using System.Linq.Expressions;

namespace PartnerCrm.Application.Common;

/// <summary>A row with the rank a rule gives it, for queries that sort and page by that rank.</summary>
public sealed record Ranked<T>
{
    public required T Item { get; init; }
    public required int Rank { get; init; }
}

public static class Ranking
{
    /// <summary>Pairs each row with the rank of <paramref name="rank"/>, a rule written for queries, so the database sorts by it.</summary>
    public static IQueryable<Ranked<T>> RankBy<T>(this IQueryable<T> rows, Expression<Func<T, int>> rank)
    {
        var row = rank.Parameters[0];
        var ranked = Expression.MemberInit(
            Expression.New(typeof(Ranked<T>)),
            Expression.Bind(typeof(Ranked<T>).GetProperty(nameof(Ranked<T>.Item))!, row),
            Expression.Bind(typeof(Ranked<T>).GetProperty(nameof(Ranked<T>.Rank))!, rank.Body));
        return rows.Select(Expression.Lambda<Func<T, Ranked<T>>>(ranked, row));
    }
}
