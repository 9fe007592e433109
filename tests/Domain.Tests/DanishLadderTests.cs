using PartnerCrm.Domain.Candidates;
using PartnerCrm.Domain.Internships;

namespace PartnerCrm.Domain.Tests;

public class DanishLadderTests
{
    private static DanishCourse Course(DanishTrack track, int module) => new(track, module);

    [Fact]
    public void Each_track_climbs_with_its_modules_and_ends_at_its_final_test()
    {
        foreach (var track in Enum.GetValues<DanishTrack>())
        {
            var steps = Enumerable.Range(1, 6).Select(m => DanishLadder.StepOf(Course(track, m))).ToList();
            Assert.Equal(steps.Order(), steps);
        }
        Assert.Equal("A2", DanishLadder.NameOf(DanishLadder.StepOf(Course(DanishTrack.DU1, 6))));
        Assert.Equal("B1", DanishLadder.NameOf(DanishLadder.StepOf(Course(DanishTrack.DU2, 6))));
        Assert.Equal("B2", DanishLadder.NameOf(DanishLadder.StepOf(Course(DanishTrack.DU3, 5))));
        Assert.Equal("C1", DanishLadder.NameOf(DanishLadder.StepOf(Course(DanishTrack.DU3, 6))));
    }

    [Fact]
    public void A_faster_track_reaches_further_at_the_same_module_but_its_beginners_are_beginners()
    {
        for (var module = 2; module <= 6; module++)
        {
            Assert.True(DanishLadder.StepOf(Course(DanishTrack.DU2, module)) >= DanishLadder.StepOf(Course(DanishTrack.DU1, module)));
            Assert.True(DanishLadder.StepOf(Course(DanishTrack.DU3, module)) >= DanishLadder.StepOf(Course(DanishTrack.DU2, module)));
        }
        Assert.False(DanishLadder.Meets(Course(DanishTrack.DU3, 1), DanishLevel.DU2));
        Assert.False(DanishLadder.Meets(Course(DanishTrack.DU3, 1), DanishLevel.DU1));
    }

    [Theory]
    [InlineData(DanishTrack.DU1, 6, DanishLevel.DU1, true)]
    [InlineData(DanishTrack.DU1, 5, DanishLevel.DU1, false)]
    [InlineData(DanishTrack.DU1, 6, DanishLevel.DU2, false)]
    [InlineData(DanishTrack.DU2, 6, DanishLevel.DU2, true)]
    [InlineData(DanishTrack.DU2, 5, DanishLevel.DU2, false)]
    [InlineData(DanishTrack.DU2, 3, DanishLevel.DU1, true)]
    [InlineData(DanishTrack.DU3, 4, DanishLevel.DU2, true)]
    [InlineData(DanishTrack.DU3, 4, DanishLevel.DU3, false)]
    [InlineData(DanishTrack.DU3, 5, DanishLevel.DU3, true)]
    public void An_offer_is_met_by_the_level_of_the_module_reached(DanishTrack track, int module, DanishLevel asked, bool meets) =>
        Assert.Equal(meets, DanishLadder.Meets(Course(track, module), asked));

    [Fact]
    public void No_course_meets_only_an_offer_that_asks_for_no_danish()
    {
        Assert.True(DanishLadder.Meets(null, DanishLevel.None));
        Assert.All([DanishLevel.DU1, DanishLevel.DU2, DanishLevel.DU3], level => Assert.False(DanishLadder.Meets(null, level)));
        Assert.Equal([DanishLevel.None], DanishLadder.LevelsMetBy(0));
        Assert.Equal(Enum.GetValues<DanishLevel>(), DanishLadder.LevelsMetBy(DanishLadder.StepOf(Course(DanishTrack.DU3, 6))));
    }

    [Theory]
    [InlineData(1990, 2007, "under18")]
    [InlineData(1990, 2008, "18-24")]
    [InlineData(1990, 2014, "18-24")]
    [InlineData(1990, 2015, "25-29")]
    [InlineData(1990, 2019, "25-29")]
    [InlineData(1990, 2020, "30-39")]
    [InlineData(1990, 2039, "40-49")]
    [InlineData(1990, 2040, "50+")]
    public void Age_bands_go_by_year_of_birth(int birthYear, int year, string band) => Assert.Equal(band, AgeBands.Of(birthYear, year));
}
