using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Sorting;

namespace CreativeGraph.Data.Paging;

/// <summary>
/// The keyset condition "row comes after the cursor row" in a given order, NULLs placed where the database puts
/// them. after-cursor on (Name ASC, Id ASC)  →  SQL: WHERE Name > @n OR (Name = @n AND Id > @id).
/// </summary>
internal static class KeysetPredicate
{
    /// <param name="backwards">True for <c>before</c>: the row must come before the cursor row instead.</param>
    public static Expression After(IReadOnlyList<SortKey> keys, object?[] values, bool backwards, bool nullsFirst)
    {
        Expression? result = null;
        for (int i = keys.Count - 1; i >= 0; i--)
        {
            SortKey key = keys[i];
            bool descending = key.Descending != backwards;
            Expression beyond = Beyond(key, values[i], descending, nullsFirst);
            // k_i beyond @v_i  OR  (k_i = @v_i AND <rest>)
            result = result is null ? beyond : Expression.OrElse(beyond, Expression.AndAlso(Equal(key, values[i]), result));
        }

        return result ?? Expression.Constant(true);
    }

    private static Expression Equal(SortKey key, object? value) => value is null
        ? Comparisons.IsNull(key.Body)
        : Expression.Equal(key.Body, ParameterBox.Create(value, key.Type));

    private static Expression Beyond(SortKey key, object? value, bool descending, bool nullsFirst)
    {
        // NULLs come after every value when the database sorts them first in ASC and we walk DESC, or last and ASC.
        bool nullsAfter = nullsFirst == descending;
        if (value is null)
        {
            // cursor at NULL: only non-NULL rows lie beyond it, and only if NULLs come first in this direction
            return nullsAfter || !key.IsNullable ? Expression.Constant(false) : Comparisons.IsNotNull(key.Body);
        }

        Expression compare = Comparisons.Compare(descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, key.Body, ParameterBox.Create(value, key.Type));
        if (!key.IsNullable)
        {
            return compare;
        }

        return nullsAfter
            ? Expression.OrElse(Comparisons.IsNull(key.Body), compare)
            : Expression.AndAlso(Comparisons.IsNotNull(key.Body), compare);
    }
}
