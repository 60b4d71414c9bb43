package cn.ipoffice.programmes.register;

import cn.ipoffice.programmes.register.YearLists.Entry;
import cn.ipoffice.programmes.register.YearLists.Lists;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
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
 * The year's published lists ({@link YearLists}), read-only and public to every office and SIPO:
 * {@code GET /api/register/year-lists/{year}} as JSON, as CSV ({@code ?format=csv} or {@code .csv}) and as the page
 * "Published lists of the year" ({@code .html}, or {@code /api/register/year-lists.html?year=} from its year selector).
 * The page is rendered here, every text HTML-escaped, under the register API's HTTP Basic authentication.
 */
@RestController
@RequestMapping("/api/register")
class YearListsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final YearLists lists;
    private final IdentityService identityService;

    YearListsController(YearLists lists, IdentityService identityService) {
        this.lists = lists;
        this.identityService = identityService;
    }

    @GetMapping("/year-lists/{year:[^.]+}")
    ResponseEntity<?> lists(@PathVariable String year, @RequestParam(required = false) String format) {
        Lists found = read(year);
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(found);
        }
        if (format.equalsIgnoreCase("csv")) {
            return csv(found);
        }
        throw new IllegalArgumentException("format must be json or csv, got '" + format + "'");
    }

    @GetMapping("/year-lists/{year}.csv")
    ResponseEntity<String> listsCsv(@PathVariable String year) {
        return csv(read(year));
    }

    @GetMapping("/year-lists/{year}.html")
    ResponseEntity<String> page(@PathVariable String year, HttpServletRequest request) {
        return html(read(year), request);
    }

    /** The page's year selector submits here. */
    @GetMapping("/year-lists.html")
    ResponseEntity<String> selected(@RequestParam(required = false) String year, HttpServletRequest request) {
        return html(read(year), request);
    }

    private Lists read(String year) {
        if (identityService.getCurrentAuthentication() == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentication required");
        }
        return lists.of(YearLists.requireYear(year));
    }

    private static ResponseEntity<String> csv(Lists found) {
        StringBuilder csv = new StringBuilder(
                "year,list,outcome,holder_id,holder_name,province_code,province,title,date,rule_id,until,reason\n");
        for (Entry entry : found.all()) {
            csv.append(String.join(",", String.valueOf(found.year()), YearListsPage.listOf(entry.outcome()),
                    entry.outcome().name(), cell(entry.holderId()), cell(entry.holderName()), cell(entry.provinceCode()),
                    cell(entry.province()), entry.title().name(), String.valueOf(entry.date()), cell(entry.ruleId()),
                    entry.until() == null ? "" : entry.until().toString(), cell(entry.reason()))).append('\n');
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"year-lists-" + found.year() + ".csv\"")
                .body(csv.toString());
    }

    /**
     * A CSV cell: every text quoted, its quotes doubled, so a name with a comma, a quote or a line break stays one
     * cell; a leading {@code = + - @} is defused, as a spreadsheet would read it as a formula.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<String> html(Lists found, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "no-store")
                .body(YearListsPage.render(found, request.getContextPath() + "/api/register"));
    }

    /** The lists in the order the page shows them. */
    static List<List<Entry>> tables(Lists found) {
        return List.of(found.approvedPilotCities(), found.selectedModelCities(), found.ratifiedAreas(),
                found.withdrawnTitles(), found.bans());
    }
}
