package cn.ipoffice.programmes.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The exports every page offers: a table as CSV (UTF-8 with a byte order mark, so that spreadsheet programs read the
 * names right; RFC 4180 quoting) or tables as an Excel workbook (one sheet per table, headings in bold, numbers as
 * numbers, days as days). A text cell that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}) is written with a leading apostrophe in CSV and as text in the workbook, so an export never runs anything.
 */
public final class Exports {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Exports() {
    }

    /** {@code csv} or {@code xlsx}; anything else is refused with the formats there are. */
    public static ResponseEntity<byte[]> download(String fileName, String format, List<Sheet> sheets) {
        String wanted = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        byte[] body;
        MediaType type;
        String extension;
        switch (wanted) {
            case "csv" -> {
                if (sheets.size() != 1) {
                    throw new IllegalArgumentException("A CSV file holds one table; this export has " + sheets.size()
                            + ", ask for xlsx");
                }
                body = csv(sheets.get(0));
                type = CSV;
                extension = ".csv";
            }
            case "xlsx" -> {
                body = xlsx(sheets);
                type = XLSX;
                extension = ".xlsx";
            }
            default -> throw new IllegalArgumentException("Unknown export format '" + format + "'; expected csv or xlsx");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment().filename(fileName + extension, StandardCharsets.UTF_8)
                .build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(body);
    }

    public static byte[] csv(Sheet sheet) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, List.copyOf(sheet.headings()));
        for (List<Object> row : sheet.rows()) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = cell.toString();
        if (cell instanceof String && looksLikeFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    public static byte[] xlsx(List<Sheet> sheets) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("A workbook needs at least one table");
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Set<String> names = new HashSet<>();
            for (Sheet sheet : sheets) {
                SXSSFSheet out = workbook.createSheet(sheetName(sheet.name(), names));
                SXSSFRow heading = out.createRow(0);
                for (int c = 0; c < sheet.headings().size(); c++) {
                    SXSSFCell cell = heading.createCell(c);
                    cell.setCellValue(sheet.headings().get(c));
                    cell.setCellStyle(bold);
                }
                out.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> row : sheet.rows()) {
                    SXSSFRow line = out.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        write(line.createCell(c), row.get(c), day);
                    }
                }
                for (int c = 0; c < sheet.headings().size(); c++) {
                    out.setColumnWidth(c, 256 * Math.max(10, Math.min(60, sheet.headings().get(c).length() + 4)));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private static void write(SXSSFCell cell, Object value, CellStyle day) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(day);
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes ? "yes" : "no");
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    private static String sheetName(String name, Set<String> taken) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        if (clean.length() > 31) {
            clean = clean.substring(0, 31);
        }
        String unique = clean;
        for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            unique = clean.substring(0, Math.min(clean.length(), 31 - suffix.length())) + suffix;
        }
        return unique;
    }
}
