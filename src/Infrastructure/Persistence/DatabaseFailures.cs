using System.Net.Sockets;
using Mediator;
using Npgsql;
using PartnerCrm.Application.Common;

namespace PartnerCrm.Infrastructure.Persistence;

/// <summary>
/// Tells a database that cannot be reached (the server is down, restarting, out of connections, or the
/// network is cut) from a request that failed for its own reasons, and reports the first as
/// <see cref="DatabaseUnavailableException"/>, the one exception the doors answer with "try again".
/// </summary>
public static class DatabaseFailures
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // The company register's own network failures are the register's, not the database's.
            if (e is Application.Companies.CompanyRegister.RegisterUnavailableException) return false;
            // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
            if (e is PostgresException postgres) return postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
            if (e is NpgsqlException or SocketException) return true;
        }
        return false;
    }

    public static async Task<T> TranslateAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is not DatabaseUnavailableException && IsUnavailable(e))
        {
            throw new DatabaseUnavailableException(e);
        }
    }
}

/// <summary>Every command and query reports an unreachable database as <see cref="DatabaseUnavailableException"/>.</summary>
public sealed class DatabaseAvailabilityBehaviour<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception e) when (e is not DatabaseUnavailableException && DatabaseFailures.IsUnavailable(e))
        {
            throw new DatabaseUnavailableException(e);
        }
    }
}
