package cn.ipoffice.programmes.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register, read-only, as JSON: {@code GET /api/register/holders/{id}} and
 * {@code GET /api/register/holders?title=&status=}. Requests are authenticated like
 * {@code /engine-rest}; each user sees only the holders of their offices ({@link Viewer}).
 */
@RestController
@RequestMapping("/api/register")
class RegisterController {

    private final Register register;
    private final IdentityService identityService;

    RegisterController(Register register, IdentityService identityService) {
        this.register = register;
        this.identityService = identityService;
    }

    @GetMapping("/holders/{id}")
    HolderView holder(@PathVariable String id) {
        Holder holder = register.holder(id).filter(viewer()::sees)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No holder " + id + " in the register"));
        List<AnnualAssessment> assessments = new ArrayList<>(register.assessmentsOf(id));
        assessments.addAll(register.missedAssessmentsOf(id));
        assessments.sort(Comparator.comparingInt(AnnualAssessment::getYear));
        return HolderView.of(holder, register.designationsOf(id), register.bansOf(id), assessments,
                register.examinationsOf(id), register.reportsOf(id), register.disqualificationsOf(id));
    }

    @GetMapping("/holders")
    List<HolderSummary> holders(@RequestParam(required = false) String title,
            @RequestParam(required = false) String status) {
        Title wantedTitle = parse(Title.class, "title", title);
        DesignationStatus wantedStatus = parse(DesignationStatus.class, "status", status);
        return register.visibleTo(viewer()).entrySet().stream()
                .map(entry -> HolderSummary.of(entry.getKey(), entry.getValue()))
                .filter(summary -> summary.has(wantedTitle, wantedStatus))
                .toList();
    }

    private Viewer viewer() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentication required");
        }
        return Viewer.of(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown " + name + " '" + value + "'; expected one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    record TitleView(Title title, DesignationStatus status, LocalDate termStart, LocalDate termEnd, int round,
            String ruleId, String statusRuleId, String statusReason) {
        static TitleView of(Designation d) {
            return new TitleView(d.getTitle(), d.getStatus(), d.getTermStart(), d.getTermEnd(), d.getRound(),
                    d.getRuleId(), d.getStatusRuleId(), d.getStatusReason());
        }
    }

    record BanView(Title titleScope, LocalDate from, LocalDate until, String ruleId, String reason) {
        static BanView of(Ban b) {
            return new BanView(b.getTitleScope(), b.getFirstDay(), b.getLastDay(), b.getRuleId(), b.getReason());
        }
    }

    /**
     * An assessment made, or one marked missed (I-12), without grade, category and rank, with its reason; one of a
     * province's assessment round (PM-9) with the score its rank was computed from and the round's case.
     */
    record AssessmentView(int year, Grade grade, AssessmentCategory category, Integer rank, Integer categorySize,
            BigDecimal score, String roundCaseId, boolean missed, String remarks) {
        static AssessmentView of(AnnualAssessment a) {
            return new AssessmentView(a.getYear(), a.getGrade(), a.getCategory(), a.getRank(), a.getCategorySize(),
                    a.getScore(), a.getRoundCaseId(), a.isMissed(), a.getRemarks());
        }
    }

    /** SIPO's yearly examination of a model city (PM-23, I-8): the year examined and what SIPO found. */
    record ExaminationView(int year, Grade grade, BigDecimal patentStrengthIndex, BigDecimal targetsMetPercent) {
        static ExaminationView of(ModelExamination e) {
            return new ExaminationView(e.getYear(), e.getGrade(), e.getPatentStrengthIndex(), e.getTargetsMetPercent());
        }
    }

    record ReportView(int year, String ruleId, LocalDate submittedOn, boolean onTime, boolean accepted, String remarks) {
        static ReportView of(AnnualReport r) {
            return new ReportView(r.getYear(), r.getRuleId(), r.getSubmittedOn(), r.isOnTime(), r.isAccepted(),
                    r.getRemarks());
        }
    }

    record DisqualificationView(Title title, LocalDate decidedOn, String ruleId, String reason) {
        static DisqualificationView of(Disqualification d) {
            return new DisqualificationView(d.getTitle(), d.getDecidedOn(), d.getRuleId(), d.getReason());
        }
    }

    record HolderView(String id, String name, String province, HolderKind kind, List<TitleView> designations,
            List<BanView> bans, List<AssessmentView> assessments, List<ExaminationView> examinations,
            List<ReportView> annualReports, List<DisqualificationView> disqualifications) {
        static HolderView of(Holder h, List<Designation> designations, List<Ban> bans,
                List<AnnualAssessment> assessments, List<ModelExamination> examinations, List<AnnualReport> reports,
                List<Disqualification> disqualifications) {
            return new HolderView(h.getId(), h.getName(), h.getProvince(), h.getKind(),
                    designations.stream().map(TitleView::of).toList(), bans.stream().map(BanView::of).toList(),
                    assessments.stream().map(AssessmentView::of).toList(),
                    examinations.stream().map(ExaminationView::of).toList(),
                    reports.stream().map(ReportView::of).toList(),
                    disqualifications.stream().map(DisqualificationView::of).toList());
        }
    }

    record HolderSummary(String id, String name, String province, HolderKind kind, List<TitleView> designations) {
        static HolderSummary of(Holder h, List<Designation> designations) {
            return new HolderSummary(h.getId(), h.getName(), h.getProvince(), h.getKind(),
                    designations.stream().map(TitleView::of).toList());
        }

        boolean has(Title title, DesignationStatus status) {
            if (title == null && status == null) {
                return true;
            }
            return designations.stream().anyMatch(d -> (title == null || d.title() == title)
                    && (status == null || d.status() == status));
        }
    }
}
