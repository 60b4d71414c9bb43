package cn.ipoffice.programmes.pilotcities.usecase;

import cn.ipoffice.programmes.pilotcities.usecase.RankAssessmentRound.RankedCity;

/**
 * PM-9: a city's own running case (its pilot round or fostering cycle) is told what the province's round recorded of
 * a year, so that the case's history shows the assessment when it is recorded. A city without a running case is
 * told nothing; the register holds the assessment either way.
 */
public interface AssessmentNotices {

    void recorded(int year, RankedCity city);
}
