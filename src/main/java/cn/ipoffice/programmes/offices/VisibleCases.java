package cn.ipoffice.programmes.offices;

import cn.ipoffice.programmes.casework.CaseVariables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * The running cases the signed-in user may read, as the engine's own queries answer under the user's authentication
 * ({@link OfficeLogin} puts it on the engine for the request): the same cases Tasklist and Cockpit show the user.
 */
@Component
class VisibleCases {

    /** Rows per read, within the engine's limit on a user's query ({@code query-max-results-limit}). */
    static final int PAGE = 1000;

    private final RuntimeService runtime;

    VisibleCases(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Every result of an ordered query, page by page. */
    static <T> List<T> all(Query<?, T> query) {
        List<T> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<T> page = query.listPage(first, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    /** Runs a read for each slice of at most {@link #PAGE} ids, so that no list of ids outgrows a query. */
    static <T> List<T> inSlices(Collection<String> ids, Function<String[], List<T>> read) {
        List<String> list = List.copyOf(ids);
        List<T> all = new ArrayList<>();
        for (int from = 0; from < list.size(); from += PAGE) {
            all.addAll(read.apply(list.subList(from, Math.min(list.size(), from + PAGE)).toArray(String[]::new)));
        }
        return all;
    }

    /**
     * The holder of each of these cases the user may read (docs/rules.md "Identifiers"): its {@code holderId}, else its
     * business key; a case of no holder (SIPO's yearly call) is not in the answer.
     */
    Map<String, String> holders(Collection<String> caseIds) {
        Map<String, String> holders = new HashMap<>();
        for (ProcessInstance instance : inSlices(caseIds, ids -> runtime.createProcessInstanceQuery().processInstanceIds(
                Set.of(ids)).orderByProcessInstanceId().asc().listPage(0, ids.length))) {
            if (instance.getBusinessKey() != null && !instance.getBusinessKey().isBlank()) {
                holders.put(instance.getId(), instance.getBusinessKey());
            }
        }
        for (VariableInstance variable : variables(caseIds, CaseVariables.HOLDER_ID.name())) {
            if (variable.getValue() instanceof String holder && !holder.isBlank()) {
                holders.put(variable.getProcessInstanceId(), holder);
            }
        }
        return holders;
    }

    /** The case-level variables of these names of these cases (not those local to a step). */
    List<VariableInstance> variables(Collection<String> caseIds, String... names) {
        return inSlices(caseIds, ids -> all(runtime.createVariableInstanceQuery().variableNameIn(names)
                .processInstanceIdIn(ids).disableCustomObjectDeserialization().orderByActivityInstanceId().asc()))
                .stream().filter(v -> v.getProcessInstanceId().equals(v.getExecutionId())).toList();
    }
}
