package cn.ipoffice.programmes.cockpit;

import cn.ipoffice.programmes.cockpit.CaseOwners.Member;
import cn.ipoffice.programmes.cockpit.OverdueCase.Action;
import cn.ipoffice.programmes.cockpit.OverdueCase.OfficeUser;
import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.overdue.OverdueIncident;
import cn.ipoffice.programmes.register.EscalationAction;
import cn.ipoffice.programmes.register.EscalationActions;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.OfficeGroupNames;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import cn.ipoffice.programmes.security.Offices;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * What the "Overdue cases" page shows the current user: the missed deadlines it may see
 * ({@link VisibleOverdueIncidents}), each with who owes the step ({@link CaseOwners}) and the escalation actions the
 * register holds ({@link EscalationActions}); the cases needing action first, most overdue first, then those followed
 * up, the nearest follow-up day first. Everything beyond the incidents is read in one batch for all rows.
 *
 * <p>The Cockpit plugin's resources are made by the webapp for each request, outside Spring; they reach the page of
 * their engine through {@link #of}.
 */
@Component
public class OverdueCasesPage {

    /**
     * The page shows at most this many missed deadlines, the oldest first, within the engine's query limit
     * for users ({@code query-max-results-limit} in application.yaml).
     */
    static final int MOST_ROWS = 1000;

    private static final Map<ProcessEngine, OverdueCasesPage> PAGES = new ConcurrentHashMap<>();

    private final ProcessEngine engine;
    private final EscalationActions actions;
    private final Register register;

    OverdueCasesPage(ProcessEngine engine, EscalationActions actions, Register register) {
        this.engine = engine;
        this.actions = actions;
        this.register = register;
        PAGES.put(engine, this);
    }

    @PreDestroy
    void close() {
        PAGES.remove(engine, this);
    }

    /** The page of an engine of a running application. */
    static OverdueCasesPage of(ProcessEngine engine) {
        OverdueCasesPage page = PAGES.get(engine);
        if (page == null) {
            throw new IllegalStateException("No overdue cases page for the engine " + engine.getName());
        }
        return page;
    }

    /** The rows as of {@code now}, under the engine's current authentication. */
    public List<OverdueCase> rows(Instant now) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        Seen seen = configuration.getCommandExecutorTxRequired().execute(context -> {
            List<VisibleOverdueIncidents.Row> incidents = VisibleOverdueIncidents.read(context, MOST_ROWS);
            CaseOwners owners = new CaseOwners(context);
            Map<String, List<String>> groups = owners.candidateGroups(incidents.stream()
                    .map(VisibleOverdueIncidents.Row::executionId).toList());
            Map<String, List<Member>> members = owners.members(groups.values().stream().flatMap(List::stream).toList());
            return new Seen(incidents, groups, members);
        });
        if (seen.incidents().isEmpty()) {
            return List.of();
        }
        Map<String, ProcessDefinition> definitions = definitions(configuration, seen.incidents());
        Map<String, List<EscalationAction>> recorded = actions.ofIncidents(seen.incidents().stream()
                .map(VisibleOverdueIncidents.Row::id).toList());
        Names names = names(seen);
        LocalDate today = DeadlineCalendar.dayOf(now);
        return seen.incidents().stream()
                .map(incident -> row(incident, definitions.get(incident.processDefinitionId()), seen, names,
                        recorded.getOrDefault(incident.id(), List.of()), now, today))
                .sorted(Comparator.comparing(OverdueCase::followedUp)
                        .thenComparing(row -> row.followedUp() ? row.followUpOn() : "")
                        .thenComparing(Comparator.comparingLong(OverdueCase::daysOverdue).reversed())
                        .thenComparing(OverdueCase::holderId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** What the engine shows the user, read in one command. */
    private record Seen(List<VisibleOverdueIncidents.Row> incidents, Map<String, List<String>> groups,
            Map<String, List<Member>> members) {
    }

    /** The holders' names the cases give, and the register's holders of the owners' other government groups. */
    private record Names(Map<String, Holder> registered, Map<String, String> ofCases) {
    }

    /** The cases name the holders whose governments owe their steps; the register is asked only for the others. */
    private Names names(Seen seen) {
        Map<String, String> ofCases = new HashMap<>();
        seen.incidents().stream().filter(row -> row.businessKey() != null && row.holderName() != null)
                .forEach(row -> ofCases.putIfAbsent(row.businessKey(), row.holderName()));
        List<String> unnamed = seen.groups().values().stream().flatMap(List::stream)
                .filter(group -> group.startsWith(Viewer.GOVERNMENT_PREFIX))
                .map(group -> group.substring(Viewer.GOVERNMENT_PREFIX.length()))
                .filter(holderId -> !ofCases.containsKey(holderId)).distinct().toList();
        return new Names(unnamed.isEmpty() ? Map.of() : register.holders(unnamed), ofCases);
    }

    private static Map<String, ProcessDefinition> definitions(ProcessEngineConfigurationImpl configuration,
            List<VisibleOverdueIncidents.Row> incidents) {
        String[] ids = incidents.stream().map(VisibleOverdueIncidents.Row::processDefinitionId).filter(Objects::nonNull)
                .distinct().toArray(String[]::new);
        // The incidents read are what the user may see; their processes need no second check.
        return ids.length == 0 ? Map.of() : configuration.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> configuration.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionIdIn(ids).listPage(0, ids.length).stream()
                        .collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()))));
    }

    private static OverdueCase row(VisibleOverdueIncidents.Row incident, ProcessDefinition definition, Seen seen,
            Names names, List<EscalationAction> recorded, Instant now, LocalDate today) {
        OverdueIncident overdue = OverdueIncident.parse(incident.configuration());
        String holderId = incident.businessKey();
        String province = holderId == null || holderId.length() < 2 ? null : holderId.substring(0, 2);
        List<String> groups = seen.groups().getOrDefault(incident.executionId(), List.of());
        String owner = groups.isEmpty() ? null : groups.stream()
                .map(group -> OfficeGroupNames.of(group, names.registered(), names.ofCases())).collect(Collectors.joining("; "));
        List<OfficeUser> users = groups.stream().flatMap(group -> seen.members().getOrDefault(group, List.of()).stream()
                .map(member -> new OfficeUser(member.id(), nameOf(member), blankToNull(member.email()), group))).toList();
        EscalationAction last = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        LocalDate followUp = last != null && last.getFollowUpOn().isAfter(today) ? last.getFollowUpOn() : null;
        String holderName = incident.holderName() == null ? holderId : incident.holderName();
        String provinceName = province == null ? null : Offices.PROVINCES.get(province);
        String processName = definition == null ? null : definition.getName();
        String deadline = DeadlineCalendar.lastMinuteText(overdue.deadline());
        long days = overdue.daysOverdue(now);
        List<Action> shown = recorded.stream().map(OverdueCasesPage::action).toList();
        String followUpText = followUp == null ? null : "Followed up, back on " + DeadlineCalendar.dayText(followUp);
        String searchText = Stream.concat(Stream.of(holderName, holderId, provinceName, province, processName,
                        definition == null ? null : definition.getKey(), overdue.ruleId(), deadline, String.valueOf(days),
                        owner, followUpText, incident.processInstanceId()),
                        Stream.concat(users.stream().map(OverdueCase::describe), shown.stream().map(OverdueCase::describe)))
                .filter(Objects::nonNull).collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        return new OverdueCase(incident.processInstanceId(), incident.id(), holderId, holderName, province, provinceName,
                definition == null ? null : definition.getKey(), processName, incident.activityId(), overdue.ruleId(),
                overdue.lastDay().toString(), overdue.deadline().toString(), deadline, days, overdue.message(now), groups,
                owner, users, shown, followUp == null ? null : followUp.toString(), followUpText, searchText);
    }

    private static Action action(EscalationAction action) {
        return new Action(action.getAction().name(), action.getAction().label(),
                DeadlineCalendar.dayText(DeadlineCalendar.dayOf(action.getRecordedAt())), action.getRecordedAt().toString(),
                action.getRecordedBy(), action.getRemarks(), action.getFollowUpOn().toString(),
                DeadlineCalendar.dayText(action.getFollowUpOn()));
    }

    private static String nameOf(Member member) {
        String name = ((member.firstName() == null ? "" : member.firstName()) + " "
                + (member.lastName() == null ? "" : member.lastName())).trim();
        return name.isEmpty() ? member.id() : name;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
