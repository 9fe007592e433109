using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using PartnerCrm.Domain.Common;

namespace PartnerCrm.Application.Common;

/// <summary>One page of a list and the opaque cursor of the next page (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A list query paged by keyset: <c>limit</c> 1–200 (default 50) and the cursor of the page before.</summary>
public interface IPagedQuery
{
    int? Limit { get; }
    string? Cursor { get; }
}

public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>Cursors hold the sort key of a row: a name of at most a few hundred characters, escaped and encoded.</summary>
    public const int MaxCursorLength = 2000;

    public static int PageSize(this IPagedQuery query) => query.Limit ?? DefaultLimit;

    /// <summary>Reads the position stored in the cursor (see <see cref="CursorText"/>).</summary>
    public static TKey? After<TKey>(this IPagedQuery query) where TKey : class =>
        query.Cursor is null ? null
        : CursorText.Decode<TKey>(query.Cursor)
          ?? throw new ValidationException([new ValidationFailure("cursor", "The cursor does not belong to this list.") { ErrorCode = "Cursor" }]);

    /// <summary>Fetches one row more than asked to learn whether there is a next page.</summary>
    public static async Task<Page<TItem>> ToPageAsync<TRow, TItem, TKey>(
        this IQueryable<TRow> orderedAfterCursor,
        IPagedQuery query,
        Func<TRow, TItem> toItem,
        Func<TRow, TKey> keyOf,
        CancellationToken cancellationToken)
        where TKey : class
    {
        var size = query.PageSize();
        var rows = await orderedAfterCursor.Take(size + 1).ToListAsync(cancellationToken);
        var next = rows.Count > size ? CursorText.Encode(keyOf(rows[size - 1])) : null;
        return new Page<TItem>(rows.Take(size).Select(toItem).ToList(), next);
    }

    /// <summary>A page of items already read in order, one more than the page size when there is a next page.</summary>
    public static Page<TItem> PageOf<TItem, TKey>(IReadOnlyList<TItem> items, IReadOnlyList<TKey> keys, int size) where TKey : class =>
        new(items.Take(size).ToList(), items.Count > size ? CursorText.Encode(keys[size - 1]) : null);

    /// <summary>A page of records newest first (by creation, then id), continuing after the cursor.</summary>
    public static Task<Page<TItem>> NewestFirstPageAsync<TEntity, TItem>(
        this IQueryable<TEntity> records, IPagedQuery query, Func<TEntity, TItem> toItem, CancellationToken cancellationToken)
        where TEntity : Entity
    {
        if (query.After<CreationPosition>() is { } after)
            records = records.Where(r => r.CreatedAt < after.CreatedAt || (r.CreatedAt == after.CreatedAt && r.Id.CompareTo(after.Id) < 0));
        return records
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .ToPageAsync(query, toItem, r => new CreationPosition(r.CreatedAt, r.Id), cancellationToken);
    }

    private sealed record CreationPosition(DateTimeOffset CreatedAt, Guid Id);

    public static void ValidatePaging<T>(this AbstractValidator<T> validator) where T : IPagedQuery
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, MaxLimit);
        validator.RuleFor(q => q.Cursor)
            .Text(MaxCursorLength)
            .Must(cursor => cursor is null || CursorText.IsWellFormed(cursor))
            .WithMessage("The cursor is not one this API handed out. Use the nextCursor of the page before, unchanged.").WithErrorCode("Cursor");
    }
}
