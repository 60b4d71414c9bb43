package cn.ipoffice.programmes.rules;

import java.util.List;

/** A rule's answer with the rule id and the reasons a reviewer reads. */
public sealed interface Decision {

    String ruleId();

    List<String> reasons();

    default boolean allowed() {
        return this instanceof Allowance;
    }

    static Decision allow(String ruleId, String reason) {
        return new Allowance(ruleId, List.of(reason));
    }

    static Decision refuse(String ruleId, List<String> reasons) {
        return new Rejection(ruleId, List.copyOf(reasons));
    }

    static Decision refuse(String ruleId, String reason) {
        return refuse(ruleId, List.of(reason));
    }

    /** The rule is met. */
    record Allowance(String ruleId, List<String> reasons) implements Decision {
    }

    /** The rule is not met, for the reasons given. */
    record Rejection(String ruleId, List<String> reasons) implements Decision {
    }
}
