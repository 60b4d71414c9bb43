package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import cn.ipoffice.programmes.deadlines.Term;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of holders, titles, bans, assessments and reports. Every write joins the caller's
 * transaction, which for a delegate is the engine's: the register and the engine commit together
 * or not at all. Writes that a retried job could repeat carry a step key and are idempotent.
 */
@Service
@Transactional
public class Register {

    private final HolderRepository holders;
    private final DesignationRepository designations;
    private final BanRepository bans;
    private final AnnualAssessmentRepository assessments;
    private final AnnualReportRepository reports;
    private final CityFiguresRepository figures;
    private final DecidedFindingRepository decidedFindings;
    private final DisqualificationRepository disqualifications;
    private final ModelExaminationRepository examinations;
    private final Clock clock;
    /** Tells the application of each title decision written (notify/ mails it), in the writer's transaction. */
    private final ApplicationEventPublisher events;

    Register(HolderRepository holders, DesignationRepository designations, BanRepository bans,
            AnnualAssessmentRepository assessments, AnnualReportRepository reports, CityFiguresRepository figures,
            DecidedFindingRepository decidedFindings, DisqualificationRepository disqualifications,
            ModelExaminationRepository examinations, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.figures = figures;
        this.decidedFindings = decidedFindings;
        this.disqualifications = disqualifications;
        this.examinations = examinations;
        this.clock = clock;
        this.holders = holders;
        this.designations = designations;
        this.bans = bans;
        this.assessments = assessments;
        this.reports = reports;
    }

    /** Enters a holder, or returns it unchanged if it is already entered under the same kind. */
    public Holder enterHolder(String id, String name, HolderKind kind) {
        Objects.requireNonNull(kind, "kind");
        Optional<Holder> existing = holders.findById(id);
        if (existing.isPresent()) {
            if (existing.get().getKind() != kind) {
                throw new IllegalArgumentException("Holder " + id + " is registered as " + existing.get().getKind()
                        + ", not " + kind);
            }
            return existing.get();
        }
        return holders.save(new Holder(id, name, kind, now()));
    }

    /** Records a title for a term; a second call with the same step key returns the first record. */
    public Designation grant(String holderId, Title title, Term term, int round, String ruleId, String stepKey,
            String processInstanceId) {
        requireHolder(holderId);
        return designations.findByStepKey(stepKey).orElseGet(() -> decided(designations.save(
                new Designation(holderId, title, term, round, ruleId, stepKey, processInstanceId, now()))));
    }

    /** Records a title without a term of its own, held from {@code start}; idempotent per step key. */
    public Designation grantOpenEnded(String holderId, Title title, LocalDate start, int round, String ruleId,
            String stepKey, String processInstanceId) {
        requireHolder(holderId);
        return designations.findByStepKey(stepKey).orElseGet(() -> decided(designations.save(
                new Designation(holderId, title, start, round, ruleId, stepKey, processInstanceId, now()))));
    }

    private Designation decided(Designation granted) {
        events.publishEvent(TitleDecision.granted(granted));
        return granted;
    }

    /** Ends the active title of a holder with a new status, the rule that decides it and its reason. */
    public Optional<Designation> closeActive(String holderId, Title title, DesignationStatus status, String ruleId,
            String reason) {
        Optional<Designation> active = activeDesignation(holderId, title);
        active.ifPresent(designation -> {
            designation.close(status, ruleId, reason, now());
            events.publishEvent(TitleDecision.closed(designation));
        });
        return active;
    }

    /** Imposes an N-year ban from the decision day (I-6); a second call with the same step key is a no-op. */
    public Ban imposeBan(String holderId, Title scope, LocalDate decisionDay, int years, String ruleId, String reason,
            String stepKey) {
        requireHolder(holderId);
        return bans.findByStepKey(stepKey).orElseGet(() -> {
            Ban ban = bans.save(new Ban(holderId, scope, decisionDay, DeadlineCalendar.banLastDay(decisionDay, years),
                    ruleId, reason, stepKey, now()));
            events.publishEvent(TitleDecision.banned(ban));
            return ban;
        });
    }

    /** Records a provincial assessment; the same assessment twice is accepted, a different one is refused. */
    public AnnualAssessment recordAssessment(String holderId, int year, Grade grade, AssessmentCategory category,
            int rank, int categorySize) {
        requireHolder(holderId);
        Optional<AnnualAssessment> existing = assessments.findByHolderIdAndYear(holderId, year);
        if (existing.isPresent()) {
            AnnualAssessment recorded = existing.get();
            if (recorded.isMissed() || recorded.getGrade() != grade || recorded.getRank() != rank
                    || recorded.getCategorySize() != categorySize || recorded.getCategory() != category) {
                throw new IllegalStateException("The " + year + " assessment of " + holderId + " is already recorded");
            }
            return recorded;
        }
        return assessments.save(new AnnualAssessment(holderId, year, grade, category, rank, categorySize, now()));
    }

    /**
     * Records a city's assessment of a province's round (PM-9, I-13): grade, score, and the rank and number ranked
     * computed from its category's scores. The same assessment twice (a retried step) is accepted; a different one for
     * the year, or a year already kept as missed (I-12), is refused.
     */
    public AnnualAssessment recordRoundAssessment(String holderId, int year, Grade grade, AssessmentCategory category,
            int rank, int categorySize, BigDecimal score, String roundCaseId) {
        requireHolder(holderId);
        Optional<AnnualAssessment> existing = assessments.findByHolderIdAndYear(holderId, year);
        if (existing.isPresent()) {
            AnnualAssessment recorded = existing.get();
            if (recorded.isMissed() || recorded.getGrade() != grade || !Objects.equals(recorded.getRank(), rank)
                    || !Objects.equals(recorded.getCategorySize(), categorySize) || recorded.getCategory() != category
                    || recorded.getScore() == null || recorded.getScore().compareTo(score) != 0) {
                throw new IllegalStateException("The " + year + " assessment of " + holderId + " is already recorded");
            }
            return recorded;
        }
        return assessments.save(AnnualAssessment.ofRound(holderId, year, grade, category, rank, categorySize, score,
                roundCaseId, now()));
    }

    /**
     * The pilot and fostering cities of a province in a year (PM-9): those whose pilot or fostering title ran on at
     * least one day of the year, with the title's term and, for a title that ended early, the day it ended.
     */
    @Transactional(readOnly = true)
    public List<Holder> pilotAndFosteringCitiesOf(String province, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<String> ids = designations.findOfProvince(province, List.of(Title.PILOT_CITY, Title.DEMONSTRATION_FOSTERING))
                .stream()
                .filter(d -> !d.getTermStart().isAfter(last))
                .filter(d -> d.getTermEnd() == null || !d.getTermEnd().isBefore(first))
                .filter(d -> d.getStatus() == DesignationStatus.ACTIVE || d.getUpdatedAt() == null
                        || !DeadlineCalendar.dayOf(d.getUpdatedAt()).isBefore(first))
                .map(Designation::getHolderId).distinct().toList();
        return holders.findAllById(ids).stream().sorted(java.util.Comparator.comparing(Holder::getId)).toList();
    }

    /**
     * Records SIPO's yearly examination of a model city (PM-23, I-8) for the year examined; the same examination twice
     * is accepted, a different one for the same year is refused.
     */
    public ModelExamination recordExamination(String holderId, int year, Grade grade, BigDecimal patentStrengthIndex,
            BigDecimal targetsMetPercent, String processInstanceId) {
        requireHolder(holderId);
        Optional<ModelExamination> existing = examinations.findByHolderIdAndYear(holderId, year);
        if (existing.isPresent()) {
            if (!existing.get().sameAs(grade, patentStrengthIndex, targetsMetPercent)) {
                throw new IllegalStateException("The " + year + " examination of " + holderId + " is already recorded");
            }
            return existing.get();
        }
        return examinations.save(new ModelExamination(holderId, year, grade, patentStrengthIndex, targetsMetPercent,
                processInstanceId, now()));
    }

    /**
     * Records an assessment still open when its case ended as missed (I-12); an assessment already recorded for the
     * year stays as it is.
     */
    public AnnualAssessment recordMissedAssessment(String holderId, int year, String remarks) {
        requireHolder(holderId);
        return assessments.findByHolderIdAndYear(holderId, year)
                .orElseGet(() -> assessments.save(AnnualAssessment.missed(holderId, year, remarks, now())));
    }

    /** Records a reviewed annual report; recording the same year again returns the first record. */
    public AnnualReport recordAnnualReport(String holderId, String ruleId, int year, LocalDate submittedOn,
            boolean onTime, boolean accepted, String remarks, String processInstanceId) {
        requireHolder(holderId);
        return reports.findByHolderIdAndRuleIdAndYear(holderId, ruleId, year).orElseGet(() -> reports.save(
                new AnnualReport(holderId, ruleId, year, submittedOn, onTime, accepted, remarks, processInstanceId,
                        now())));
    }

    /**
     * Records a report still owed when its case ended as missed (I-12); a report already recorded for the year stays
     * as it is.
     */
    public AnnualReport recordMissedReport(String holderId, String ruleId, int year, String remarks,
            String processInstanceId) {
        requireHolder(holderId);
        return reports.findByHolderIdAndRuleIdAndYear(holderId, ruleId, year).orElseGet(() -> reports.save(
                AnnualReport.missed(holderId, ruleId, year, remarks, processInstanceId, now())));
    }

    /**
     * Records SIPO's decision on a finding about a pair of years (PM-32(c)); the pair decided once keeps its first
     * decision, so a retried step writes nothing twice.
     */
    public DecidedFinding recordFindingDecision(String holderId, String ruleId, int firstYear, int secondYear,
            FindingDecision decision, LocalDate decidedOn, String processInstanceId) {
        requireHolder(holderId);
        return decidedFindings.findByHolderIdAndRuleIdAndFirstYearAndSecondYear(holderId, ruleId, firstYear, secondYear)
                .orElseGet(() -> decidedFindings.save(new DecidedFinding(holderId, ruleId, firstYear, secondYear,
                        decision, decidedOn, processInstanceId, now())));
    }

    /**
     * Records an application disqualified on a verified finding (PM-31), with the application's case; a second call
     * with the same step key returns the first record.
     */
    public Disqualification recordDisqualification(String holderId, Title title, String ruleId, LocalDate decidedOn,
            String reason, String applicationCaseId, String processInstanceId, String stepKey) {
        requireHolder(holderId);
        return disqualifications.findByStepKey(stepKey).orElseGet(() -> disqualifications.save(new Disqualification(
                holderId, title, ruleId, decidedOn, reason, applicationCaseId, processInstanceId, stepKey, now())));
    }

    @Transactional(readOnly = true)
    public List<Disqualification> disqualificationsOf(String holderId) {
        return disqualifications.findByHolderIdOrderByDecidedOnAscIdAsc(holderId);
    }

    /** SIPO's decision on the finding about the pair of years, if it made one. */
    @Transactional(readOnly = true)
    public Optional<DecidedFinding> findingDecision(String holderId, String ruleId, int firstYear, int secondYear) {
        return decidedFindings.findByHolderIdAndRuleIdAndFirstYearAndSecondYear(holderId, ruleId, firstYear, secondYear);
    }

    @Transactional(readOnly = true)
    public List<DecidedFinding> findingDecisionsOf(String holderId) {
        return decidedFindings.findByHolderIdOrderByFirstYearAsc(holderId);
    }

    /**
     * Records (or corrects) SIPO's figures of a city for a year (PM-5(v), PM-18(iv), (vi)); the city need not be in the
     * register: SIPO evaluates every city, and PM-5(v) ranks a first-time applicant among them.
     */
    public CityFigures recordFigures(String holderId, int year, BigDecimal enforcementScore, BigDecimal pledgeFinancing) {
        Holder.requireValidId(holderId, HolderKind.PREFECTURE_LEVEL_CITY);
        Optional<CityFigures> existing = figures.findByHolderIdAndYear(holderId, year);
        existing.ifPresent(f -> f.update(enforcementScore, pledgeFinancing, now()));
        return existing.orElseGet(() -> figures.save(new CityFigures(holderId, year, enforcementScore, pledgeFinancing, now())));
    }

    /** One city's figures in a year's upload. */
    public record FigureRow(String holderId, BigDecimal enforcementScore, BigDecimal pledgeFinancing) {
    }

    /** Records a whole year's figures in one transaction: a row that names no holder or a negative figure refuses all. */
    public void recordFigures(int year, List<FigureRow> rows) {
        for (FigureRow row : rows) {
            if (row.holderId() == null || row.enforcementScore() == null || row.pledgeFinancing() == null) {
                throw new IllegalArgumentException("Each figure needs holderId, enforcementScore and pledgeFinancing");
            }
            recordFigures(row.holderId(), year, row.enforcementScore(), row.pledgeFinancing());
        }
    }

    /** SIPO's figures of a year, of every city recorded. */
    @Transactional(readOnly = true)
    public List<CityFigures> figuresOf(int year) {
        return figures.findByYearOrderByHolderIdAsc(year);
    }

    @Transactional(readOnly = true)
    public Optional<Holder> holder(String id) {
        return holders.findById(id);
    }

    /** The holders of these ids that the register holds, by id, read in one query. */
    @Transactional(readOnly = true)
    public Map<String, Holder> holders(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : holders.findAllById(ids).stream()
                .collect(Collectors.toMap(Holder::getId, holder -> holder));
    }

    @Transactional(readOnly = true)
    public List<Holder> allHolders() {
        return holders.findAllByOrderByIdAsc();
    }

    /**
     * The holders a user may see with their titles, read by the database for the user's offices only
     * (a province office does not read the whole country's register to show its own cities).
     */
    @Transactional(readOnly = true)
    public Map<Holder, List<Designation>> visibleTo(Viewer viewer) {
        List<Holder> visible;
        List<Designation> titles;
        if (viewer.seesAll()) {
            visible = holders.findAllByOrderByIdAsc();
            titles = designations.findAll();
        } else if (viewer.provinces().isEmpty() && viewer.holderIds().isEmpty()) {
            return Map.of();
        } else {
            // An empty IN list is not valid SQL everywhere; a value no holder has stands in for it.
            Collection<String> provinces = viewer.provinces().isEmpty() ? List.of("") : viewer.provinces();
            Collection<String> ids = viewer.holderIds().isEmpty() ? List.of("") : viewer.holderIds();
            visible = holders.findVisible(provinces, ids);
            titles = designations.findVisible(provinces, ids);
        }
        Map<String, List<Designation>> byHolder = titles.stream().collect(Collectors.groupingBy(Designation::getHolderId));
        Map<Holder, List<Designation>> result = new LinkedHashMap<>();
        visible.forEach(holder -> result.put(holder, byHolder.getOrDefault(holder.getId(), List.of())));
        return result;
    }

    @Transactional(readOnly = true)
    public List<Designation> designationsOf(String holderId) {
        return designations.findByHolderIdOrderByTermStartAscIdAsc(holderId);
    }

    @Transactional(readOnly = true)
    public List<Designation> allDesignations() {
        return designations.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<Designation> activeDesignation(String holderId, Title title) {
        return designations.findFirstByHolderIdAndTitleAndStatusOrderByTermStartDesc(holderId, title,
                DesignationStatus.ACTIVE);
    }

    @Transactional(readOnly = true)
    public List<Ban> bansOf(String holderId) {
        return bans.findByHolderIdOrderByFirstDayAsc(holderId);
    }

    /** The ban, if any, that forbids the holder to apply for the title on the given day. */
    @Transactional(readOnly = true)
    public Optional<Ban> banOn(String holderId, Title title, LocalDate day) {
        return bansOf(holderId).stream().filter(ban -> ban.forbids(title, day)).findFirst();
    }

    /** The assessments made (PM-9), each with its grade and rank; the missed ones are {@link #missedAssessmentsOf}. */
    @Transactional(readOnly = true)
    public List<AnnualAssessment> assessmentsOf(String holderId) {
        return assessments.findByHolderIdAndMissedOrderByYearAsc(holderId, false);
    }

    /** Whatever the register holds of the holders' assessments of a year, made or kept as missed, in one read. */
    @Transactional(readOnly = true)
    public List<AnnualAssessment> assessmentsOfYear(Collection<String> holderIds, int year) {
        return holderIds.isEmpty() ? List.of() : assessments.findByHolderIdInAndYearOrderByHolderIdAsc(holderIds, year);
    }

    /** The assessments never made because their case ended while they were open (I-12). */
    @Transactional(readOnly = true)
    public List<AnnualAssessment> missedAssessmentsOf(String holderId) {
        return assessments.findByHolderIdAndMissedOrderByYearAsc(holderId, true);
    }

    /** SIPO's yearly examinations of a model city (PM-23), the earliest year first. */
    @Transactional(readOnly = true)
    public List<ModelExamination> examinationsOf(String holderId) {
        return examinations.findByHolderIdOrderByYearAsc(holderId);
    }

    @Transactional(readOnly = true)
    public List<AnnualReport> reportsOf(String holderId) {
        return reports.findByHolderIdOrderByYearAsc(holderId);
    }

    /** The reports of these holders, received or kept as missed, of every year, in one read (by holder and year). */
    @Transactional(readOnly = true)
    public List<AnnualReport> reportsOf(Collection<String> holderIds) {
        return holderIds.isEmpty() ? List.of() : reports.findByHolderIdInOrderByHolderIdAscYearAscIdAsc(holderIds);
    }

    /** The bans of these holders in one read (by holder and first day). */
    @Transactional(readOnly = true)
    public List<Ban> bansOf(Collection<String> holderIds) {
        return holderIds.isEmpty() ? List.of() : bans.findByHolderIdInOrderByHolderIdAscFirstDayAscIdAsc(holderIds);
    }

    /** Whatever the register holds of these holders' assessments, made or kept as missed, of every year, in one read. */
    @Transactional(readOnly = true)
    public List<AnnualAssessment> assessmentsOf(Collection<String> holderIds) {
        return holderIds.isEmpty() ? List.of() : assessments.findByHolderIdInOrderByHolderIdAscYearAsc(holderIds);
    }

    private void requireHolder(String holderId) {
        if (!holders.existsById(holderId)) {
            throw new IllegalArgumentException("No holder " + holderId + " in the register");
        }
    }

    /** The engine's time (the {@code Clock} bean), so that simulated time and the register agree. */
    private Instant now() {
        return clock.instant();
    }
}
