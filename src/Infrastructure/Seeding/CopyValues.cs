using Npgsql;
using NpgsqlTypes;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>Writes one value of a binary COPY row, or NULL when there is none.</summary>
internal static class CopyValues
{
    public static void Text(this NpgsqlBinaryImporter row, string? value)
    {
        if (value is null) row.WriteNull();
        else row.Write(value, NpgsqlDbType.Text);
    }

    public static void Id(this NpgsqlBinaryImporter row, Guid? value)
    {
        if (value is null || value == Guid.Empty) row.WriteNull();
        else row.Write(value.Value, NpgsqlDbType.Uuid);
    }

    public static void Date(this NpgsqlBinaryImporter row, DateOnly? value)
    {
        if (value is null) row.WriteNull();
        else row.Write(value.Value, NpgsqlDbType.Date);
    }

    public static void Time(this NpgsqlBinaryImporter row, DateTimeOffset? value)
    {
        if (value is null) row.WriteNull();
        else row.Write(value.Value, NpgsqlDbType.TimestampTz);
    }

    public static void Number(this NpgsqlBinaryImporter row, int? value)
    {
        if (value is null) row.WriteNull();
        else row.Write(value.Value, NpgsqlDbType.Integer);
    }

    public static void Number(this NpgsqlBinaryImporter row, decimal? value)
    {
        if (value is null) row.WriteNull();
        else row.Write(value.Value, NpgsqlDbType.Numeric);
    }

    public static void Flag(this NpgsqlBinaryImporter row, bool value) => row.Write(value, NpgsqlDbType.Boolean);

    public static void Texts(this NpgsqlBinaryImporter row, string[] values) => row.Write(values, NpgsqlDbType.Array | NpgsqlDbType.Text);
}
