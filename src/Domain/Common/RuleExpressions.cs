using System.Linq.Expressions;

namespace PartnerCrm.Domain.Common;

public static class RuleExpressions
{
    /// <summary>The opposite of a rule written for queries: the rows it does not hold for.</summary>
    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> rule) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(rule.Body), rule.Parameters);
}
