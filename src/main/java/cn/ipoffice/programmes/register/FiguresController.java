package cn.ipoffice.programmes.register;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The figures SIPO records each year for the cities it evaluates, from which PM-5(v) ranks a pilot-city applicant
 * within its province and PM-18(iv) and (vi) rank a candidate model city nationally:
 * {@code PUT /api/register/figures/{year}} (SIPO only, all or nothing) and
 * {@code GET /api/register/figures/{year}}.
 */
@RestController
@RequestMapping("/api/register/figures")
class FiguresController {

    record Figure(String holderId, BigDecimal enforcementScore, BigDecimal pledgeFinancing) {
    }

    private final Register register;
    private final IdentityService identityService;
    private final NationalFigures nationalFigures;

    FiguresController(Register register, IdentityService identityService, NationalFigures nationalFigures) {
        this.register = register;
        this.identityService = identityService;
        this.nationalFigures = nationalFigures;
    }

    @GetMapping("/{year}")
    List<Figure> figures(@PathVariable int year) {
        Viewer viewer = viewer();
        return register.figuresOf(year).stream()
                .filter(f -> viewer.seesAll() || viewer.provinces().contains(Holder.provinceOf(f.getHolderId()))
                        || viewer.holderIds().contains(f.getHolderId()))
                .map(f -> new Figure(f.getHolderId(), f.getEnforcementScore(), f.getPledgeFinancing()))
                .toList();
    }

    /** Records a year's figures; one bad entry refuses them all, with every problem named. */
    @PutMapping("/{year}")
    ResponseEntity<Map<String, Object>> record(@PathVariable int year, @RequestBody(required = false) List<Figure> figures) {
        if (!viewer().seesAll()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only SIPO records the national figures");
        }
        List<Register.FigureRow> rows = figures == null ? null : figures.stream()
                .map(f -> f == null ? null : new Register.FigureRow(f.holderId(), f.enforcementScore(), f.pledgeFinancing()))
                .toList();
        List<String> problems = nationalFigures.record(year, rows);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "The figures of " + year + " were not recorded: "
                    + String.join("; ", problems), "problems", problems));
        }
        return ResponseEntity.ok(Map.of("year", year, "recorded", rows.size()));
    }

    private Viewer viewer() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Authentication required");
        }
        return Viewer.of(authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }
}
