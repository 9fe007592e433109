using System.Linq.Expressions;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Domain.Candidates;

/// <summary>
/// How far a person's Danish reaches, read from where they are in the Danish education for adult
/// foreigners (danskuddannelse): three tracks of six modules, ending in Prøve i Dansk 1, 2 and 3 (about
/// A2, B1 and B2 of the Common European Framework; DU3 ends in the Studieprøven, about C1, after module 6).
/// The ladder has steps of a third of a framework level (A1−, A1, A1+, A2−, …), and each track and module
/// stands on the step it reaches. An offer's Danish level asks for the step of its track's final test,
/// and a person meets it by the step of the module reached, whatever the track: a DU3 beginner does not
/// meet a DU2 offer, a DU2 finisher does. See docs/domain.md for the sources.
/// </summary>
public static class DanishLadder
{
    /// <summary>Steps: A1− 1, A1 2, A1+ 3, A2− 4, A2 5, A2+ 6, B1− 7, B1 8, B1+ 9, B2− 10, B2 11, B2+ 12, C1− 13, C1 14.</summary>
    private static readonly string[] Names = ["", "A1−", "A1", "A1+", "A2−", "A2", "A2+", "B1−", "B1", "B1+", "B2−", "B2", "B2+", "C1−", "C1"];

    /// <summary>The step each module of each track reaches (rows DU1, DU2, DU3; columns modules 1–6).</summary>
    private static readonly int[][] Steps =
    [
        [1, 2, 3, 4, 4, 5],
        [2, 3, 5, 6, 7, 8],
        [2, 5, 7, 9, 11, 14],
    ];

    /// <summary>0 when no Danish course is registered.</summary>
    public static int StepOf(DanishCourse? course) => course is null ? 0 : Steps[(int)course.Track - 1][course.Module - 1];

    /// <summary>The step an offer asks for: the final test of its track (DU1 → A2, DU2 → B1, DU3 → B2), or none.</summary>
    public static int StepAskedBy(DanishLevel level) => level switch
    {
        DanishLevel.DU1 => Steps[0][5],
        DanishLevel.DU2 => Steps[1][5],
        DanishLevel.DU3 => Steps[2][4],
        _ => 0,
    };

    public static bool Meets(DanishCourse? course, DanishLevel asked) => StepOf(course) >= StepAskedBy(asked);

    /// <summary>The framework level of a step, e.g. "B1"; empty for no step.</summary>
    public static string NameOf(int step) => Names[step];

    /// <summary>The levels an offer may ask for that a step meets.</summary>
    public static IReadOnlyList<DanishLevel> LevelsMetBy(int step) =>
        Enum.GetValues<DanishLevel>().Where(level => StepAskedBy(level) <= step).ToList();

    /// <summary>The rule of <see cref="StepOf"/> for queries over candidates, built from the same table.</summary>
    public static readonly Expression<Func<Candidate, int>> StepOfCandidate = BuildStepOfCandidate();

    /// <summary>The rule of <see cref="StepAskedBy"/> for queries over offers, built from the same rule.</summary>
    public static readonly Expression<Func<InternshipOffer, int>> StepAskedByOffer = BuildStepAskedByOffer();

    private static Expression<Func<InternshipOffer, int>> BuildStepAskedByOffer()
    {
        var offer = Expression.Parameter(typeof(InternshipOffer), "o");
        var level = Expression.Property(offer, nameof(InternshipOffer.DanishLevel));
        Expression step = Expression.Constant(0);
        foreach (var asked in Enum.GetValues<DanishLevel>())
            step = Expression.Condition(Expression.Equal(level, Expression.Constant(asked)), Expression.Constant(StepAskedBy(asked)), step);
        return Expression.Lambda<Func<InternshipOffer, int>>(step, offer);
    }

    /// <summary>The candidates whose step is at least <paramref name="step"/>, for queries.</summary>
    public static Expression<Func<Candidate, bool>> ReachingAtLeast(int step) =>
        Expression.Lambda<Func<Candidate, bool>>(
            Expression.GreaterThanOrEqual(StepOfCandidate.Body, Expression.Constant(step)), StepOfCandidate.Parameters);

    private static Expression<Func<Candidate, int>> BuildStepOfCandidate()
    {
        var candidate = Expression.Parameter(typeof(Candidate), "c");
        var course = Expression.Property(candidate, nameof(Candidate.DanishCourse));
        var track = Expression.Property(course, nameof(DanishCourse.Track));
        var module = Expression.Property(course, nameof(DanishCourse.Module));
        Expression step = Expression.Constant(0);
        for (var t = Steps.Length - 1; t >= 0; t--)
        {
            Expression ofTrack = Expression.Constant(0);
            for (var m = Steps[t].Length - 1; m >= 0; m--)
                ofTrack = Expression.Condition(Expression.Equal(module, Expression.Constant(m + 1)), Expression.Constant(Steps[t][m]), ofTrack);
            step = Expression.Condition(Expression.Equal(track, Expression.Constant((DanishTrack)(t + 1))), ofTrack, step);
        }
        var body = Expression.Condition(Expression.Equal(course, Expression.Constant(null, typeof(DanishCourse))), Expression.Constant(0), step);
        return Expression.Lambda<Func<Candidate, int>>(body, candidate);
    }
}
