package cn.ipoffice.programmes.modelcities.usecase;

/** A PM-32(c) finding to put to SIPO, with the pair of years it is about, which SIPO decides once. */
public record DetectedFinding(WithdrawalFinding finding, int firstYear, int secondYear) {
}
