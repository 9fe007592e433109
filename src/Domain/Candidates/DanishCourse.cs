using PartnerCrm.Domain.Common;

namespace PartnerCrm.Domain.Candidates;

/// <summary>Where a person is in the Danish course: a track and a module (1–6).</summary>
public sealed record DanishCourse
{
    public const int FirstModule = 1;
    public const int LastModule = 6;

    public DanishCourse(DanishTrack track, int module)
    {
        if (module is < FirstModule or > LastModule)
            throw new DomainRuleException("moduleOutOfRange", $"A Danish course module is {FirstModule} to {LastModule}.");
        Track = track;
        Module = module;
    }

    public DanishTrack Track { get; }
    public int Module { get; }
}
