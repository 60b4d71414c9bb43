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
        if (scenario.hasSeveralHolders()) {
            out.put("holders", scenario.holders().stream().map(TimelineJson::holder).toList());
        } else {
            out.put("holder", holder(scenario.holder()));
        }
        out.put("timeZone", "Asia/Shanghai");
        out.put("timeline", entries(timeline.entries(), scenario.hasSeveralHolders()));
        out.put("end", CstTime.moment(timeline.end()));
        out.put("stopped", timeline.stoppedBecause());
        out.put("openTasks", entries(timeline.openAtEnd(), scenario.hasSeveralHolders()));
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The timeline cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> holder(Scenario.Holder holder) {
        return Map.of("id", holder.id(), "name", holder.name(), "kind", holder.kind().name());
    }

    private static List<Map<String, Object>> entries(List<TimelineEntry> entries, boolean severalHolders) {
        return entries.stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", CstTime.moment(entry.at()));
            if (severalHolders) {
                row.put("holder", entry.holder());
            }
            row.put("event", entry.event());
            row.put("what", entry.what());
            row.put("who", entry.who().isEmpty() ? null : entry.who());
            row.put("due", entry.due() == null ? null : CstTime.deadline(entry.due()));
            row.put("rule", entry.rule().isEmpty() ? null : entry.rule());
            return row;
        }).toList();
    }
}
