namespace PartnerCrm.Application.Common;

/// <summary>The resource does not exist, or the caller may not know that it does.</summary>
public sealed class NotFoundException(string entity, object id)
    : Exception($"There is no {entity} with id {id}.");

/// <summary>The request collides with what is already there (a duplicate, or something already done).</summary>
public sealed class ConflictException(string message, Guid? existingId = null) : Exception(message)
{
    public Guid? ExistingId { get; } = existingId;
}

/// <summary>The caller's <c>If-Match</c> names a version that is no longer current.</summary>
public sealed class StaleVersionException()
    : Exception("The resource has changed since you read it. Read it again and repeat your change on the current version.");

/// <summary>The database cannot be reached just now; the request may be sent again shortly.</summary>
public sealed class DatabaseUnavailableException(Exception cause)
    : Exception("PartnerCrm cannot reach its database just now.", cause);
