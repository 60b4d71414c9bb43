package cn.ipoffice.programmes.modelcities.usecase;

import java.util.List;

/** The model terms waiting for SIPO's examination of a year, and the examinations already opened (PM-23). */
public interface ExaminationsAwaited {

    /** A model city whose term waits for the examination of the year. */
    record AwaitedExamination(String holderId, String holderName) {
    }

    /** The model cities whose terms wait for the examination of {@code year}, by holder id. */
    List<AwaitedExamination> awaiting(int year);

    /** Whether an examination of the city for the year is already open. */
    boolean open(String holderId, int year);
}
