namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// The one source of chance for seeding: <see cref="System.Random"/> with a fixed seed, so the same seed gives
/// the same data. Each table draws from a stream of its own, so a table can be made again, identically, for
/// the rows that point at it (follow-ups at placements, audit lines at everything).
/// </summary>
internal sealed class SeedRandom(SeedWorld world, int stream)
{
    private readonly Random _random = new(unchecked(world.Options.Seed * 7919 + stream * 104_729 + world.RowsBefore * 31));
    private readonly long _firstMillisecond = new DateTimeOffset(world.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
    private long _made;

    /// <summary>
    /// A version-7 GUID, as the application makes them (<see cref="Guid.CreateVersion7()"/>): its time is the seed
    /// day plus one millisecond for each id the stream made before, its other bits the stream's random bytes. So ids
    /// rise in the order rows are written, and the keys and indexes over them are built from sorted input.
    /// </summary>
    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var time = _firstMillisecond + _made++;
        for (var i = 0; i < 6; i++) bytes[i] = (byte)(time >> (8 * (5 - i)));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>From <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One of <paramref name="items"/>, each as likely as its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items) total += weight;
        var draw = _random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (draw < weight) return item;
            draw -= weight;
        }
        return items[^1].Item;
    }

    /// <summary>A draw from a normal distribution (Box–Muller).</summary>
    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Sin(2.0 * Math.PI * u2);
    }

    /// <summary>A working-day moment on <paramref name="day"/>, between 07:00 and 15:00 UTC (morning to afternoon in Copenhagen).</summary>
    public DateTimeOffset During(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(_random.Next(7 * 60, 15 * 60)).AddSeconds(_random.Next(60));
}
