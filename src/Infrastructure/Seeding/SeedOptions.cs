using System.Globalization;

namespace PartnerCrm.Infrastructure.Seeding;

/// <summary>
/// What the <c>seed</c> command is asked to make. Read from the command line only, so a typing error is
/// told in one line before any database is touched.
/// </summary>
public sealed record SeedOptions(int Companies, int Candidates, int Placements, int Seed, bool Append, bool Demo)
{
    /// <summary>The size of the demo: enough for every page of the web app to show something.</summary>
    public static readonly SeedOptions DemoSet = new(40, 80, 150, 1, Append: false, Demo: true);

    public const string Usage = """
        Usage: dotnet run --project src/Api -c Release -- seed [options]

        Fills the database (ConnectionStrings__Crm, or the local development cluster) with realistic,
        made-up data, after bringing its schema up to date.

          --placements N   placements to make (default 10000); follow-ups follow the legal schedule
          --companies N    companies (default: placements / 50)
          --candidates N   candidates (default: placements / 5)
          --seed N         the random seed (default 1). The same seed on the same day gives the same
                           data: every date is counted from the day the command runs.
          --append         add to a database that already holds companies, candidates or placements
          --demo           a small living set (about 40 companies, 80 candidates, 150 placements) with
                           follow-ups and next actions due this week, for trying the web app
          --help           this text
        """;

    /// <summary>The options, or the one-line reason they cannot be read; <paramref name="help"/> when usage was asked for.</summary>
    public static SeedOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        error = null;
        help = false;
        int? companies = null, candidates = null, placements = null, seed = null;
        bool append = false, demo = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "seed":
                    continue;
                case "--help" or "-h" or "-?":
                    help = true;
                    return null;
                case "--append":
                    append = true;
                    continue;
                case "--demo":
                    demo = true;
                    continue;
                case "--companies" or "--candidates" or "--placements" or "--seed":
                    var text = i + 1 < args.Count ? args[++i] : null;
                    var minimum = arg == "--seed" ? int.MinValue : arg == "--placements" ? 0 : 1;
                    if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
                    {
                        error = $"{arg} needs a whole number{(arg == "--seed" ? "" : $" of at least {minimum}")}, not '{text}'.";
                        return null;
                    }
                    if (arg == "--companies") companies = number;
                    else if (arg == "--candidates") candidates = number;
                    else if (arg == "--placements") placements = number;
                    else seed = number;
                    continue;
                default:
                    error = $"Unknown option '{arg}'; see seed --help.";
                    return null;
            }
        }

        if (demo)
        {
            if (companies is not null || candidates is not null || placements is not null)
            {
                error = "--demo has its own size; leave out --companies, --candidates and --placements.";
                return null;
            }
            return DemoSet with { Seed = seed ?? DemoSet.Seed, Append = append };
        }

        var placementCount = placements ?? 10_000;
        return new SeedOptions(
            companies ?? Math.Max(1, placementCount / 50),
            candidates ?? Math.Max(1, placementCount / 5),
            placementCount,
            seed ?? 1,
            append,
            Demo: false);
    }
}
