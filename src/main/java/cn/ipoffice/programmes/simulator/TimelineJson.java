package cn.ipoffice.programmes.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The timeline as JSON ({@code --json}), times as China Standard Time wall-clock strings. */
public final class TimelineJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TimelineJson() {
    }

    public static String render(Timeline timeline) {
        Scenario scenario = timeline.scenario();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario.title());
        out.put("holder", Map.of("id", scenario.holder().id(), "name", scenario.holder().name(),
                "kind", scenario.holder().kind().name()));
        out.put("timeZone", "Asia/Shanghai");
        out.put("timeline", entries(timeline.entries()));
        out.put("end", CstTime.moment(timeline.end()));
        out.put("stopped", timeline.stoppedBecause());
        out.put("openTasks", entries(timeline.openAtEnd()));
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The timeline cannot be written as JSON", e);
        }
    }

    private static List<Map<String, Object>> entries(List<TimelineEntry> entries) {
        return entries.stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", CstTime.moment(entry.at()));
            row.put("event", entry.event());
            row.put("what", entry.what());
            row.put("who", entry.who().isEmpty() ? null : entry.who());
            row.put("due", entry.due() == null ? null : CstTime.deadline(entry.due()));
            row.put("rule", entry.rule().isEmpty() ? null : entry.rule());
            return row;
        }).toList();
    }
}
