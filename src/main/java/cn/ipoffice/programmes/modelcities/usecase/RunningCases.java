package cn.ipoffice.programmes.modelcities.usecase;

import java.util.Collection;

/** A holder's running cases in the engine, as the use cases that look at or end other cases see them. */
public interface RunningCases {

    /** Whether the holder has a running case of the process. */
    boolean any(String processKey, String holderId);

    /** Ends the holder's running cases of the processes, but the case {@code except}, with a reason Cockpit shows. */
    int end(String holderId, Collection<String> processKeys, String reason, String except);
}
