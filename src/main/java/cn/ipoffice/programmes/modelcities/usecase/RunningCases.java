package cn.ipoffice.programmes.modelcities.usecase;

import cn.ipoffice.programmes.register.HolderKind;
import java.util.Collection;
import java.util.List;

/** A holder's running cases in the engine, as the use cases that look at or end other cases see them. */
public interface RunningCases {

    /**
     * A running application: its case, and the applicant as the application names it (the kind where the application
     * asks for it, else {@code null}).
     */
    record Application(String caseId, String holderName, HolderKind kind) {
    }

    /** Whether the holder has a running case of the process. */
    boolean any(String processKey, String holderId);

    /** The holder's running cases of the application processes. */
    List<Application> applications(String holderId, Collection<String> processKeys);

    /** Ends the holder's running cases of the processes, but the case {@code except}, with a reason Cockpit shows. */
    int end(String holderId, Collection<String> processKeys, String reason, String except);

    /** Ends one running case with a reason Cockpit shows. */
    void end(String caseId, String reason);
}
