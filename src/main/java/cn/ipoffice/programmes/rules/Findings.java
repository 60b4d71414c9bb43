package cn.ipoffice.programmes.rules;

import java.util.Collection;
import java.util.stream.Collectors;

/** The findings a reviewer reads on a check's task: one line per reason, "Met - …" or "NOT MET - …". */
public final class Findings {

    public static final String MET = "Met - ";
    public static final String NOT_MET = "NOT MET - ";

    private Findings() {
    }

    public static String of(Collection<Decision> decisions) {
        return decisions.stream()
                .flatMap(d -> d.reasons().stream().map(reason -> (d.allowed() ? MET : NOT_MET) + reason))
                .collect(Collectors.joining("\n"));
    }

    public static boolean allMet(Collection<Decision> decisions) {
        return decisions.stream().allMatch(Decision::allowed);
    }
}
