package cn.ipoffice.programmes.offices;

import static cn.ipoffice.programmes.offices.Html.cell;
import static cn.ipoffice.programmes.offices.Html.number;

import cn.ipoffice.programmes.register.AnnualAssessment;
import cn.ipoffice.programmes.register.AnnualReport;
import cn.ipoffice.programmes.register.Ban;
import cn.ipoffice.programmes.register.Designation;
import cn.ipoffice.programmes.register.Disqualification;
import cn.ipoffice.programmes.register.ModelExamination;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The register's facts of a holder on its page, one table each, as {@code GET /api/register/holders/{id}} holds them:
 * titles, bans, the provincial assessments and annual reports by year (a missed one shown as missed, I-12), SIPO's
 * examinations of a model city and the disqualifications.
 */
final class HolderRecordSections {

    private HolderRecordSections() {
    }

    static void titles(StringBuilder page, List<Designation> titles) {
        section(page, "Titles", "titles", titles.isEmpty() ? "No title in the register." : null,
                "<th>Title</th><th>Round</th><th>Term starts</th><th>Term ends</th><th>Status</th><th>Granted by</th>"
                        + "<th>Ended by</th><th>Reason</th>");
        for (Designation d : titles) {
            page.append("<tr>").append(cell(Words.title(d.getTitle()))).append(number(d.getRound()))
                    .append(cell(d.getTermStart())).append(cell(d.getTermEnd())).append(cell(Words.status(d.getStatus())))
                    .append(cell(d.getRuleId())).append(cell(d.getStatusRuleId())).append(cell(d.getStatusReason()))
                    .append("</tr>\n");
        }
        end(page, titles);
    }

    static void bans(StringBuilder page, List<Ban> bans, LocalDate today) {
        section(page, "Bans", "bans", bans.isEmpty() ? "No ban." : null,
                "<th>No application as</th><th>From</th><th>Until</th><th>In force</th><th>Rule</th><th>Reason</th>");
        for (Ban b : bans) {
            boolean inForce = !today.isBefore(b.getFirstDay()) && !today.isAfter(b.getLastDay());
            page.append("<tr>").append(cell(Words.title(b.getTitleScope()))).append(cell(b.getFirstDay()))
                    .append(cell(b.getLastDay())).append(cell(inForce ? "yes" : "no")).append(cell(b.getRuleId()))
                    .append(cell(b.getReason())).append("</tr>\n");
        }
        end(page, bans);
    }

    /** The assessments made and those kept as missed, by year. */
    static void assessments(StringBuilder page, List<AnnualAssessment> assessments) {
        section(page, "Annual assessments (PM-9)", "assessments", assessments.isEmpty() ? "No assessment." : null,
                "<th>Year</th><th>Grade</th><th>Category</th><th>Rank</th><th>Score</th><th>Remarks</th>");
        for (AnnualAssessment a : assessments) {
            page.append(a.isMissed() ? "<tr class=\"missed\">" : "<tr>").append(cell(a.getYear()))
                    .append(cell(a.isMissed() ? "missed" : Words.of(a.getGrade())))
                    .append(cell(a.getCategory() == null ? "" : Words.of(a.getCategory())))
                    .append(cell(a.getRank() == null ? "" : a.getRank() + " of " + a.getCategorySize()))
                    .append(number(plain(a.getScore()))).append(cell(a.getRemarks())).append("</tr>\n");
        }
        end(page, assessments);
    }

    static void reports(StringBuilder page, List<AnnualReport> reports) {
        section(page, "Annual reports", "reports", reports.isEmpty() ? "No annual report." : null,
                "<th>Due</th><th>Rule</th><th>Submitted on</th><th>On time</th><th>Accepted</th><th>Remarks</th>");
        for (AnnualReport r : reports) {
            page.append(r.isMissed() ? "<tr class=\"missed\">" : "<tr>")
                    .append(cell(Words.day(LocalDate.of(r.getYear(), 1, 31)))).append(cell(r.getRuleId()))
                    .append(cell(r.isMissed() ? "missed" : r.getSubmittedOn()))
                    .append(cell(r.isMissed() ? "" : r.isOnTime() ? "yes" : "no"))
                    .append(cell(r.isMissed() ? "" : r.isAccepted() ? "yes" : "no")).append(cell(r.getRemarks()))
                    .append("</tr>\n");
        }
        end(page, reports);
    }

    static void examinations(StringBuilder page, List<ModelExamination> examinations) {
        if (examinations.isEmpty()) {
            return;
        }
        section(page, "SIPO's examinations (PM-23)", "examinations", null,
                "<th>Year</th><th>Grade</th><th>Patent strength index</th><th>Targets met</th>");
        for (ModelExamination e : examinations) {
            page.append("<tr>").append(cell(e.getYear())).append(cell(Words.of(e.getGrade())))
                    .append(number(plain(e.getPatentStrengthIndex()))).append(number(plain(e.getTargetsMetPercent()) + " %"))
                    .append("</tr>\n");
        }
        end(page, examinations);
    }

    static void disqualifications(StringBuilder page, List<Disqualification> disqualifications) {
        if (disqualifications.isEmpty()) {
            return;
        }
        section(page, "Disqualifications (PM-31)", "disqualifications", null,
                "<th>Application for</th><th>Decided on</th><th>Rule</th><th>Reason</th>");
        for (Disqualification d : disqualifications) {
            page.append("<tr>").append(cell(Words.title(d.getTitle()))).append(cell(d.getDecidedOn()))
                    .append(cell(d.getRuleId())).append(cell(d.getReason())).append("</tr>\n");
        }
        end(page, disqualifications);
    }

    /** "88" for 88.00, "72.5" for 72.50; empty for none. */
    static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** A section's heading and the table's head, or the sentence that says it holds nothing. */
    private static void section(StringBuilder page, String heading, String id, String nothing, String headings) {
        page.append("<h2>").append(Html.text(heading)).append("</h2>\n");
        if (nothing != null) {
            page.append("<p class=\"muted\" id=\"no-").append(id).append("\">").append(Html.text(nothing)).append("</p>\n");
        } else {
            page.append("<table id=\"").append(id).append("\"><thead><tr>").append(headings).append("</tr></thead><tbody>\n");
        }
    }

    private static void end(StringBuilder page, List<?> rows) {
        if (!rows.isEmpty()) {
            page.append("</tbody></table>\n");
        }
    }
}
