package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.text;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.CallApplication;
import cn.ipoffice.programmes.register.Holder;
import cn.ipoffice.programmes.register.Register;
import cn.ipoffice.programmes.register.Viewer;
import cn.ipoffice.programmes.register.YearlyCall;
import cn.ipoffice.programmes.register.YearlyCalls;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "A holder and its cases" ({@code /offices/holders/{code}}): a city or area the user's offices may see
 * ({@link Viewer}), with what the register holds of it, where its cases stand, the deadlines coming up, the open tasks
 * with their offices and its history in plain words. An applicant the register does not know yet (a city whose
 * application runs) has a page too, with its application. A holder the user's offices may not see gets the very answer
 * of a holder that does not exist, so that the page tells no office what another one holds.
 */
@RestController
class HolderPage {

    /** A city's 6-digit division code, or an area's {@code <city code>-<slug>} (docs/rules.md "Identifiers"). */
    private static final Pattern HOLDER_CODE = Pattern.compile("\\d{6}(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?");
    static final String NOT_FOUND = "No holder with this code among the holders your offices may see.";

    private final Register register;
    private final YearlyCalls calls;
    private final HolderCases cases;
    private final OfficeNames names;
    private final Clock clock;

    HolderPage(Register register, YearlyCalls calls, HolderCases cases, OfficeNames names, Clock clock) {
        this.register = register;
        this.calls = calls;
        this.cases = cases;
        this.names = names;
        this.clock = clock;
    }

    /** One read-only transaction for the register's reads and the engine's, which join it. */
    @GetMapping(value = Html.BASE + "/holders/{code}", produces = MediaType.TEXT_HTML_VALUE)
    @Transactional(readOnly = true)
    public String page(HttpServletRequest request, @PathVariable String code) {
        OfficeUser user = OfficePages.user(request);
        HolderFile file = read(user.viewer(), code);
        HolderOffices offices = new HolderOffices(file.id(), file.name(), names);
        Instant now = clock.instant();
        StringBuilder body = new StringBuilder(16384);
        facts(body, file, offices);
        HolderCaseSections.applicant(body, file);
        HolderCaseSections.standing(body, file, offices, now);
        HolderCaseSections.deadlines(body, file);
        HolderCaseSections.openTasks(body, file, offices, user, now);
        HolderRecordSections.titles(body, file.titles());
        HolderRecordSections.bans(body, file.bans(), DeadlineCalendar.dayOf(now));
        HolderRecordSections.assessments(body, file.assessments());
        HolderRecordSections.reports(body, file.reports());
        HolderRecordSections.examinations(body, file.examinations());
        HolderRecordSections.disqualifications(body, file.disqualifications());
        HolderHistory.render(body, HolderHistory.of(file, offices));
        return Html.page(user, file.named(), "Holders", body.toString());
    }

    /** Everything the page shows of the holder, or 404 where the user's offices may not see it or nobody knows it. */
    HolderFile read(Viewer viewer, String code) {
        // Visibility is decided on the code alone, before anything is read: a holder of another office costs no query.
        if (code == null || !HOLDER_CODE.matcher(code).matches() || !viewer.sees(code)) {
            throw notFound();
        }
        Holder holder = register.holder(code).orElse(null);
        HolderCases.Snapshot snapshot = cases.of(code, holder == null ? null : holder.getName(),
                new HolderOffices(code, code, names).groups());
        if (holder == null && snapshot.cases().isEmpty()) {
            throw notFound();
        }
        String name = holder != null ? holder.getName() : snapshot.applicantName() != null ? snapshot.applicantName() : code;
        List<AnnualAssessment> assessments = new ArrayList<>(register.assessmentsOf(code));
        assessments.addAll(register.missedAssessmentsOf(code));
        assessments.sort(Comparator.comparingInt(AnnualAssessment::getYear));
        List<CallApplication> filings = calls.applicationsOf(code);
        Map<Long, YearlyCall> taken = calls.calls(filings.stream().map(CallApplication::getCallId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(YearlyCall::getId, Function.identity()));
        Map<String, YearlyCall> open = new HashMap<>();
        filings.stream().filter(f -> f.getCallId() == null && f.getDecision() == null)
                .forEach(f -> calls.openFor(f.getProgramme(), f.getFiledAt())
                        .ifPresent(call -> open.put(f.getApplicationCaseId(), call)));
        return new HolderFile(code, name, holder, register.designationsOf(code), register.bansOf(code), assessments,
                register.examinationsOf(code), register.reportsOf(code), register.disqualificationsOf(code),
                register.findingDecisionsOf(code), filings, taken, open, snapshot);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND);
    }

    private static void facts(StringBuilder page, HolderFile file, HolderOffices offices) {
        page.append("<dl class=\"facts\" id=\"facts\">")
                .append("<dt>Code</dt><dd>").append(text(file.id())).append("</dd>")
                .append("<dt>Province</dt><dd>").append(text(file.province())).append("</dd>")
                .append("<dt>Kind</dt><dd>").append(text(file.registered() == null ? "applicant, not in the register yet"
                        : Words.of(file.registered().getKind()))).append("</dd>")
                .append("<dt>Its offices</dt><dd>").append(text(offices.of(offices.groups()))).append("</dd>")
                .append("</dl>\n");
    }
}
