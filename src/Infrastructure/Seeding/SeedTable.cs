using Npgsql;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// One table the seed fills: its rows, made as a stream from the seed's random numbers, and how each is
/// written to a binary COPY. Making the rows again gives the same rows, which is how the audit trail names them.
/// </summary>
internal abstract class SeedTable
{
    public abstract string Name { get; }

    /// <summary>The columns the COPY writes, in the order a row writes them.</summary>
    public abstract string Columns { get; }

    /// <summary>The audit trail's name for the records of the table.</summary>
    public abstract string Entity { get; }

    /// <summary>About how many rows it will hold, for the progress bar.</summary>
    public abstract long ExpectedRows { get; }

    /// <summary>Writes every row; returns how many.</summary>
    public abstract long Write(NpgsqlBinaryImporter copy, SeedProgress progress);

    /// <summary>Each record the table made: its id, when it was made, and by whom (an index into the consultants).</summary>
    public abstract IEnumerable<Created> Made();

    internal readonly record struct Created(Guid Id, DateTimeOffset At, int Consultant);
}

/// <summary>A table whose rows are values of <typeparamref name="TRow"/>.</summary>
internal abstract class SeedTable<TRow> : SeedTable
{
    protected abstract IEnumerable<TRow> Rows();

    protected abstract void WriteRow(NpgsqlBinaryImporter copy, TRow row);

    protected abstract Created Describe(TRow row);

    public override long Write(NpgsqlBinaryImporter copy, SeedProgress progress)
    {
        long count = 0;
        foreach (var row in Rows())
        {
            copy.StartRow();
            WriteRow(copy, row);
            progress.Advance(++count);
        }
        return count;
    }

    public override IEnumerable<Created> Made()
    {
        foreach (var row in Rows()) yield return Describe(row);
    }
}
