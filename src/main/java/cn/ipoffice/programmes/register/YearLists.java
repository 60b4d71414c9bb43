package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists SIPO publishes for a calendar year (PM-7, PM-20, CA-8, CA-9, PM-14, PM-17, PM-31, PM-32, CA-18), read from
 * the register alone; nothing here writes. Each entry names its holder and its province, not only their codes.
 * Which day puts an entry in a year:
 * <ul>
 * <li>an approved pilot city, a selected model city, a ratified cluster area: the year of SIPO's published call of
 * the programme (PM-7, PM-20, CA-8, I-14), dated by its list's reply notice date, which starts the term (a model
 * city's renewal, PM-29, is no selection and on no list);</li>
 * <li>a withdrawn or cancelled title: the day, in China Standard Time, on which the register recorded the closure.
 * A designation keeps no decision date of its own: {@code updated_at} is set when the title is granted and once more
 * when it is closed (a closed title is never written again), and the closing step runs in the transaction of the
 * decision that closes it, so it is the day of that decision;</li>
 * <li>a ban: its first day, which is the day of the decision that imposed it (I-6).</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class YearLists {

    /** The years the lists are asked for; a year outside is refused, naming {@code year}. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private static final List<DesignationStatus> TAKEN_AWAY = List.of(DesignationStatus.WITHDRAWN,
            DesignationStatus.CANCELLED);

    private final YearlyCalls calls;
    private final DesignationRepository designations;
    private final BanRepository bans;
    private final HolderRepository holders;

    YearLists(YearlyCalls calls, DesignationRepository designations, BanRepository bans, HolderRepository holders) {
        this.calls = calls;
        this.designations = designations;
        this.bans = bans;
        this.holders = holders;
    }

    /** What an entry of the year's lists says of its holder: the list it is on and why. */
    public enum Outcome {
        APPROVED, SELECTED, RATIFIED, WITHDRAWN, CANCELLED, BANNED
    }

    /**
     * One holder on one of the year's lists: the title concerned, the day that puts it on the list, the rule, the
     * reason (a withdrawal's or a ban's) and, for a ban, its last day.
     */
    public record Entry(String holderId, String holderName, String provinceCode, String province, Title title,
            Outcome outcome, LocalDate date, String ruleId, LocalDate until, String reason) {
    }

    /** The year's lists, each in the order of its holders' codes. */
    public record Lists(int year, LocalDate pilotReplyNoticeDate, List<Entry> approvedPilotCities,
            List<Entry> selectedModelCities, List<Entry> ratifiedAreas, List<Entry> withdrawnTitles, List<Entry> bans) {

        /** Every entry, list after list, as the CSV holds them. */
        public List<Entry> all() {
            return Stream.of(approvedPilotCities, selectedModelCities, ratifiedAreas, withdrawnTitles, bans)
                    .flatMap(List::stream).toList();
        }
    }

    /** Refuses a year outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}, naming the field. */
    public static int requireYear(String year) {
        String text = year == null ? "" : year.trim();
        if (text.matches("\\d{1,4}")) {
            int value = Integer.parseInt(text);
            if (value >= FIRST_YEAR && value <= LAST_YEAR) {
                return value;
            }
        }
        throw new IllegalArgumentException("year must be a whole number from " + FIRST_YEAR + " to " + LAST_YEAR
                + ", got '" + year + "'");
    }

    public Lists of(int year) {
        requireYear(String.valueOf(year));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        YearlyCall call = published(CallProgramme.PILOT_CITY, year);
        List<CallApplication> approved = approvedOn(call);
        YearlyCall modelCall = published(CallProgramme.MODEL_CITY, year);
        List<CallApplication> models = approvedOn(modelCall);
        YearlyCall areaCall = published(CallProgramme.CLUSTER_AREA, year);
        List<CallApplication> areas = approvedOn(areaCall);
        List<Designation> closed = designations.findByStatusInAndUpdatedAtGreaterThanEqualAndUpdatedAtLessThanOrderByHolderIdAscIdAsc(
                TAKEN_AWAY, startOf(first), DeadlineCalendar.endOfDay(last));
        List<Ban> imposed = bans.findByFirstDayBetweenOrderByHolderIdAscIdAsc(first, last);

        Map<String, String> names = namesOf(Stream.of(approved.stream().map(CallApplication::getHolderId),
                models.stream().map(CallApplication::getHolderId), areas.stream().map(CallApplication::getHolderId),
                closed.stream().map(Designation::getHolderId), imposed.stream().map(Ban::getHolderId))
                .flatMap(Function.identity()).collect(Collectors.toSet()));
        return new Lists(year, call == null ? null : call.getReplyNoticeDate(),
                sorted(onTheList(approved, call, Outcome.APPROVED, names)),
                sorted(onTheList(models, modelCall, Outcome.SELECTED, names)),
                sorted(onTheList(areas, areaCall, Outcome.RATIFIED, names)),
                sorted(closed.stream().map(d -> entry(d.getHolderId(), names.get(d.getHolderId()), d.getTitle(),
                        Outcome.valueOf(d.getStatus().name()), DeadlineCalendar.dayOf(d.getUpdatedAt()),
                        d.getStatusRuleId(), null, d.getStatusReason()))),
                sorted(imposed.stream().map(b -> entry(b.getHolderId(), names.get(b.getHolderId()), b.getTitleScope(),
                        Outcome.BANNED, b.getFirstDay(), b.getRuleId(), b.getLastDay(), b.getReason()))));
    }

    /** The programme's call of the year once its list is published, else {@code null}. */
    private YearlyCall published(CallProgramme programme, int year) {
        return calls.call(programme, year).filter(c -> c.getState() == CallState.PUBLISHED).orElse(null);
    }

    private List<CallApplication> approvedOn(YearlyCall call) {
        return call == null ? List.of() : calls.batchOf(call.getId()).stream()
                .filter(a -> a.getDecision() == CallDecision.APPROVED).toList();
    }

    /** The approved applications of a published list, dated by its reply notice date and ruled by its article. */
    private static Stream<Entry> onTheList(List<CallApplication> approved, YearlyCall call, Outcome outcome,
            Map<String, String> names) {
        return approved.stream().map(a -> entry(a.getHolderId(), names.getOrDefault(a.getHolderId(), a.getHolderName()),
                call.getProgramme().title(), outcome, call.getReplyNoticeDate(), call.getProgramme().ruleId(), null,
                null));
    }

    private static Instant startOf(LocalDate day) {
        return DeadlineCalendar.endOfDay(day.minusDays(1));
    }

    private Map<String, String> namesOf(Collection<String> holderIds) {
        return holders.findAllById(holderIds).stream().collect(Collectors.toMap(Holder::getId, Holder::getName));
    }

    private static Entry entry(String holderId, String name, Title title, Outcome outcome, LocalDate date, String ruleId,
            LocalDate until, String reason) {
        return new Entry(holderId, name, Holder.provinceOf(holderId), Provinces.nameOf(holderId), title, outcome, date,
                ruleId, until, reason);
    }

    private static List<Entry> sorted(Stream<Entry> entries) {
        return entries.sorted(Comparator.comparing(Entry::provinceCode).thenComparing(Entry::holderId)
                .thenComparing(Entry::date)).toList();
    }
}
