package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.deadlines.DeadlineCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * SIPO's yearly calls and the year's lists (PM-7, PM-20, CA-8, I-14), read-only: {@code GET /api/register/calls},
 * {@code GET /api/register/lists/{programme}/{year}} (JSON, or CSV with {@code ?format=csv} or
 * {@code .csv}) and {@code GET /api/register/applications?programme=}. Calls and published lists are public
 * to every office and SIPO; an application filed and waiting is shown to the offices that see its holder
 * ({@link Viewer}), as the holders are. Nothing here writes: calls are opened and lists published only through
 * the yearly-call process's forms.
 */
@RestController
@RequestMapping("/api/register")
class CallsController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final YearlyCalls calls;
    private final IdentityService identityService;

    CallsController(YearlyCalls calls, IdentityService identityService) {
        this.calls = calls;
        this.identityService = identityService;
    }

    @GetMapping("/calls")
    List<CallView> calls() {
        viewer();
        return calls.calls().stream().map(CallView::of).toList();
    }

    @GetMapping("/lists/{programme}/{year:\\d+}")
    ResponseEntity<?> list(@PathVariable String programme, @PathVariable int year,
            @RequestParam(required = false) String format) {
        ListView list = listOf(programme, year);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(list);
        }
        if (format.equalsIgnoreCase("csv")) {
            return csv(list);
        }
        throw new IllegalArgumentException("Unknown format '" + format + "'; expected json or csv");
    }

    @GetMapping("/lists/{programme}/{year:\\d+}.csv")
    ResponseEntity<String> listCsv(@PathVariable String programme, @PathVariable int year) {
        return csv(listOf(programme, year));
    }

    /** The applications filed with SIPO under a programme that the user's offices see, waiting or in a call. */
    @GetMapping("/applications")
    List<ApplicationView> applications(@RequestParam String programme) {
        Viewer viewer = viewer();
        CallProgramme wanted = programme(programme);
        List<CallApplication> shown = new java.util.ArrayList<>(calls.waiting(wanted));
        calls.calls().stream().filter(call -> call.getProgramme() == wanted)
                .forEach(call -> shown.addAll(calls.batchOf(call.getId())));
        return shown.stream().filter(a -> viewer.sees(a.getHolderId()))
                .map(a -> a.getCallId() == null
                        ? ApplicationView.waiting(a, calls.openFor(a.getProgramme(), a.getFiledAt()).orElse(null))
                        : ApplicationView.taken(a, calls.call(a.getCallId()).orElseThrow()))
                .toList();
    }

    private ListView listOf(String programme, int year) {
        viewer();
        CallProgramme wanted = programme(programme);
        YearlyCall call = calls.call(wanted, year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No " + year + " call for " + wanted.listName() + " in the register"));
        List<EntryView> entries = call.getState() == CallState.PUBLISHED
                ? calls.batchOf(call.getId()).stream().map(EntryView::of).toList() : List.of();
        return new ListView(CallView.of(call), entries);
    }

    private static ResponseEntity<String> csv(ListView list) {
        StringBuilder csv = new StringBuilder("programme,year,reply_notice_date,holder_id,holder_name,province,decision,reason\n");
        for (EntryView entry : list.entries()) {
            csv.append(String.join(",", list.call().programme().name(), String.valueOf(list.call().year()),
                    String.valueOf(list.call().replyNoticeDate()), cell(entry.holderId()), cell(entry.holderName()),
                    cell(entry.province()), entry.decision().name(), cell(entry.reason()))).append('\n');
        }
        String file = list.call().programme().name().toLowerCase().replace('_', '-') + "-list-" + list.call().year() + ".csv";
        return ResponseEntity.ok().contentType(CSV).header("Content-Disposition", "inline; filename=\"" + file + "\"")
                .body(csv.toString());
    }

    /** A CSV cell, quoted when it holds a separator, a quote or a line break; a formula's lead is defused. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.matches("(?s).*[,\"\\n\\r].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static CallProgramme programme(String value) {
        try {
            return CallProgramme.valueOf(value.trim().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown programme '" + value + "'; expected one of "
                    + Arrays.toString(CallProgramme.values()));
        }
    }

    private Viewer viewer() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentication required");
        }
        return Viewer.of(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    record CallView(CallProgramme programme, int year, String ruleId, LocalDate closingDate, Integer quotaPerProvince,
            CallState state, LocalDate replyNoticeDate) {
        static CallView of(YearlyCall call) {
            return new CallView(call.getProgramme(), call.getYear(), call.getProgramme().ruleId(), call.getClosingDate(),
                    call.getQuotaPerProvince(), call.getState(), call.getReplyNoticeDate());
        }
    }

    /** One holder on a published list: approved (its term starts on the list's reply notice date) or refused. */
    record EntryView(String holderId, String holderName, String province, CallDecision decision, String reason) {
        static EntryView of(CallApplication a) {
            return new EntryView(a.getHolderId(), a.getHolderName(), a.getProvince(), a.getDecision(), a.getReason());
        }
    }

    /** The year's list: the call, and its entries once published (none before). */
    record ListView(CallView call, List<EntryView> entries) {
    }

    /**
     * Where an application filed with SIPO stands (I-14): filed in time for the open call ({@code FILED_FOR_THE_CALL}),
     * filed and waiting for the next call ({@code FILED_WAITING_FOR_THE_NEXT_CALL}), in a closed call's batch
     * ({@code IN_THE_CALL}), or on a published list with its decision ({@code ON_THE_LIST}).
     */
    record ApplicationView(String holderId, String holderName, CallProgramme programme, LocalDate filedOn,
            Integer callYear, String status, CallDecision decision) {

        /** Not taken by a call yet: {@code open} is the open call it is in time for, if any. */
        static ApplicationView waiting(CallApplication a, YearlyCall open) {
            return new ApplicationView(a.getHolderId(), a.getHolderName(), a.getProgramme(),
                    DeadlineCalendar.dayOf(a.getFiledAt()), open == null ? null : open.getYear(),
                    open == null ? "FILED_WAITING_FOR_THE_NEXT_CALL" : "FILED_FOR_THE_CALL", null);
        }

        static ApplicationView taken(CallApplication a, YearlyCall call) {
            boolean published = call.getState() == CallState.PUBLISHED;
            return new ApplicationView(a.getHolderId(), a.getHolderName(), a.getProgramme(),
                    DeadlineCalendar.dayOf(a.getFiledAt()), call.getYear(), published ? "ON_THE_LIST" : "IN_THE_CALL",
                    published ? a.getDecision() : null);
        }
    }
}
