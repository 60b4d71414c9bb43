package cn.ipoffice.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diagrams of processes/ as a modeler reads them (laid out by src/lint/layout-diagrams.mjs): every
 * task's name fits its shape at the Modeler's default font, no two shapes overlap, no label covers a
 * shape, flows run orthogonally from the border of their source to the border of their target, and the
 * happy path of the process and of each sub-process runs on one line from left to right.
 */
class DiagramLayoutTest {

    /**
     * bpmn-js (Camunda Modeler 5) writes a task's name in 12px Arial, centred, wrapped within the shape
     * less 7px of padding on each side, on lines of 14.4px. The estimate measures with Arial, or Liberation
     * Sans (the same metrics), or else the JVM's SansSerif (DejaVu Sans on most Linux machines, about 15%
     * wider, so stricter); it adds 5% to every width, counts 15px a line, wraps at spaces only and asks for
     * 5px free above and below the text: a little more than the Modeler needs.
     */
    private static final Font FONT = new Font(Stream.of("Arial", "Liberation Sans")
            .filter(Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())::contains)
            .findFirst().orElse(Font.SANS_SERIF), Font.PLAIN, 12);
    private static final FontRenderContext RENDERING = new FontRenderContext(null, true, true);
    private static final double WIDTH_MARGIN = 1.05;
    private static final double PADDING_X = 14;
    private static final double PADDING_Y = 10;
    private static final double LINE = 15;
    /** How far from a shape's border a flow may start or end. */
    private static final double DOCKING = 2;

    @TestFactory
    Stream<DynamicTest> everyDiagramReadsAtAGlance() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        String name = file.getFileName().toString();
                        Diagram diagram = new Diagram(name, Bpmn.readModelFromFile(file.toFile()));
                        List<String> problems = new ArrayList<>();
                        diagram.checkComplete(problems);
                        diagram.checkNamesFit(problems);
                        diagram.checkNoOverlaps(problems);
                        diagram.checkFlows(problems);
                        diagram.checkHappyPaths(problems);
                        assertThat(problems).as(file + " (lay it out with npm run layout in src/lint)").isEmpty();
                    }));
        }
    }

    /** The estimate itself: a name that overflowed a 100×80 task before the diagrams were laid out. */
    @TestFactory
    Stream<DynamicTest> theEstimateCatchesAnOverflow() {
        String name = "Record the pilot work plan and coordinating mechanism of ${holderName} (PM-8)";
        return Stream.of(
                DynamicTest.dynamicTest("100×80 is too small", () -> assertThat(fits(name, 100, 80)).isFalse()),
                DynamicTest.dynamicTest("240×80 holds it", () -> assertThat(fits(name, 240, 80)).isTrue()),
                DynamicTest.dynamicTest("a word wider than the shape takes lines of its own", () ->
                        assertThat(lines("${holderName}${holderName}${holderName}", 100)).isGreaterThan(1)));
    }

    /** The checks themselves, on a small diagram made wrong on purpose. */
    @TestFactory
    Stream<DynamicTest> theChecksCatchABadLayout() {
        return Stream.of(
                DynamicTest.dynamicTest("as built", () -> assertThat(problems(model -> { })).isEmpty()),
                DynamicTest.dynamicTest("a shape on another", () -> assertThat(problems(model ->
                        move(model, "End_Done", 250, 100))).anyMatch(p -> p.contains("overlap"))),
                DynamicTest.dynamicTest("a flow through a shape", () -> assertThat(problems(model ->
                        move(model, "Task_Other", 120, 90))).anyMatch(p -> p.contains("runs through Task_Other"))),
                DynamicTest.dynamicTest("a flow that ends off its target", () -> assertThat(problems(model ->
                        move(model, "End_Done", 396, 100))).anyMatch(p -> p.contains("ends 60px off the border"))),
                DynamicTest.dynamicTest("a step off the line", () -> assertThat(problems(model ->
                        move(model, "Task_Work", 186, 150))).anyMatch(p -> p.contains("Task_Work is off the line"))));
    }

    /** Start_Begins, Task_Work and End_Done on a line as Camunda's model builder places them; Task_Other below. */
    private static List<String> problems(Consumer<BpmnModelInstance> change) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("layout")
                .startEvent("Start_Begins").userTask("Task_Work").name("Work").endEvent("End_Done").done();
        ServiceTask other = model.newInstance(ServiceTask.class);
        other.setId("Task_Other");
        model.<Process>getModelElementById("layout").addChildElement(other);
        BpmnShape shape = model.newInstance(BpmnShape.class);
        shape.setId("Task_Other_di");
        shape.setBpmnElement(other);
        shape.setBounds(model.newInstance(Bounds.class));
        model.getModelElementsByType(BpmnPlane.class).iterator().next().addChildElement(shape);
        move(model, "Task_Other", 186, 300);
        change.accept(model);
        Diagram diagram = new Diagram("built", model);
        List<String> problems = new ArrayList<>();
        diagram.checkNoOverlaps(problems);
        diagram.checkFlows(problems);
        diagram.checkHappyPaths(problems);
        return problems;
    }

    private static void move(BpmnModelInstance model, String id, double x, double y) {
        Bounds bounds = ((BpmnShape) model.<BaseElement>getModelElementById(id).getDiagramElement()).getBounds();
        bounds.setX(x);
        bounds.setY(y);
        bounds.setWidth(id.startsWith("Task") ? 100 : 36);
        bounds.setHeight(id.startsWith("Task") ? 80 : 36);
    }

    static double width(String text) {
        Rectangle2D bounds = FONT.getStringBounds(text, RENDERING);
        return bounds.getWidth() * WIDTH_MARGIN;
    }

    /** Lines of a greedy wrap at spaces; a word wider than the line is cut between characters, as bpmn-js does. */
    static int lines(String text, double max) {
        int lines = 0;
        String line = "";
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate) <= max) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines++;
            }
            line = word;
            while (width(line) > max && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && width(line.substring(0, cut)) > max) {
                    cut--;
                }
                lines++;
                line = line.substring(cut);
            }
        }
        return line.isEmpty() ? lines : lines + 1;
    }

    static double textHeight(String name, double shapeWidth) {
        return lines(name, shapeWidth - PADDING_X) * LINE;
    }

    static boolean fits(String name, double w, double h) {
        return textHeight(name, w) <= h - PADDING_Y;
    }

    /** The shapes, flows and labels of one file, with the checks on them. */
    static final class Diagram {
        final String file;
        final BpmnModelInstance model;
        final Map<BaseElement, Box> shapes = new LinkedHashMap<>();
        final Map<BaseElement, List<double[]>> edges = new LinkedHashMap<>();
        final Map<BaseElement, Box> labels = new LinkedHashMap<>();

        Diagram(String file, BpmnModelInstance model) {
            this.file = file;
            this.model = model;
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                shapes.put(shape.getBpmnElement(), Box.of(shape.getBounds()));
                label(shape.getBpmnElement(), shape.getBpmnLabel());
            }
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                List<double[]> points = new ArrayList<>();
                for (Waypoint p : edge.getWaypoints()) {
                    points.add(new double[] {p.getX(), p.getY()});
                }
                edges.put(edge.getBpmnElement(), points);
                label(edge.getBpmnElement(), edge.getBpmnLabel());
            }
        }

        private void label(BaseElement element, BpmnLabel label) {
            if (label != null && label.getBounds() != null) {
                labels.put(element, Box.of(label.getBounds()));
            }
        }

        void checkComplete(List<String> problems) {
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shapes.containsKey(node)) {
                    problems.add(node.getId() + " has no shape");
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edges.containsKey(flow) || edges.get(flow).size() < 2) {
                    problems.add(flow.getId() + " has no edge of two waypoints or more");
                }
            }
        }

        /** Tasks, call activities and collapsed sub-processes hold their name; an expanded one above its content. */
        void checkNamesFit(List<String> problems) {
            for (Activity activity : model.getModelElementsByType(Activity.class)) {
                Box box = shapes.get(activity);
                String name = activity.getName();
                if (box == null || name == null || name.isBlank()) {
                    continue;
                }
                double text = textHeight(name, box.w);
                if (activity instanceof SubProcess sub && isExpanded(sub)) {
                    double content = contentTop(sub) - box.y;
                    if (text + PADDING_Y > content) {
                        problems.add(String.format(Locale.ROOT, "%s \"%s\" in %s: its name needs %.0fpx above the "
                                + "content at %.0fpx wide, has %.0fpx", activity.getId(), name, file,
                                text + PADDING_Y, box.w, content));
                    }
                } else if (text > box.h - PADDING_Y) {
                    problems.add(String.format(Locale.ROOT, "%s \"%s\" in %s does not fit its %.0f×%.0f shape: it "
                            + "needs %.0f×%.0f, or %s", activity.getId(), name, file, box.w, box.h, box.w,
                            Math.ceil(text + PADDING_Y), widthFor(name, box.h)));
                }
            }
        }

        private static String widthFor(String name, double height) {
            for (int w = 100; w <= 600; w += 10) {
                if (fits(name, w, height)) {
                    return String.format(Locale.ROOT, "%d×%.0f", w, height);
                }
            }
            return "a higher shape";
        }

        private double contentTop(SubProcess sub) {
            double top = Double.MAX_VALUE;
            for (BaseElement child : descendants(sub)) {
                if (shapes.containsKey(child)) {
                    top = Math.min(top, shapes.get(child).y);
                }
                if (labels.containsKey(child)) {
                    top = Math.min(top, labels.get(child).y);
                }
                for (double[] p : edges.getOrDefault(child, List.of())) {
                    top = Math.min(top, p[1]);
                }
            }
            return top == Double.MAX_VALUE ? shapes.get(sub).bottom() : top;
        }

        /**
         * No two shapes overlap unless one holds the other (an expanded sub-process) or one is attached to the
         * other; what a sub-process holds lies inside it; no label covers a shape it is not inside of.
         */
        void checkNoOverlaps(List<String> problems) {
            List<BaseElement> elements = new ArrayList<>(shapes.keySet());
            for (int i = 0; i < elements.size(); i++) {
                BaseElement a = elements.get(i);
                for (int j = i + 1; j < elements.size(); j++) {
                    BaseElement b = elements.get(j);
                    if (!holds(a, b) && !holds(b, a) && !attached(a, b) && !attached(b, a)
                            && shapes.get(a).overlaps(shapes.get(b))) {
                        problems.add(a.getId() + " and " + b.getId() + " overlap");
                    }
                }
                if (a instanceof SubProcess sub) {
                    for (BaseElement child : descendants(sub)) {
                        Box box = shapes.get(child);
                        if (box != null && !shapes.get(a).contains(box)) {
                            problems.add(child.getId() + " sticks out of " + a.getId());
                        }
                    }
                }
            }
            labels.forEach((owner, label) -> shapes.forEach((element, box) -> {
                if (!holds(element, owner) && label.overlaps(box)) {
                    problems.add("the label of " + owner.getId() + " covers " + element.getId());
                }
            }));
        }

        /**
         * Every flow runs horizontally and vertically, from the border of its source to that of its target,
         * and through no other shape.
         */
        void checkFlows(List<String> problems) {
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                List<double[]> points = edges.get(flow);
                if (points == null || points.size() < 2) {
                    continue;
                }
                for (int i = 1; i < points.size(); i++) {
                    double[] p = points.get(i - 1), q = points.get(i);
                    if (Math.abs(p[0] - q[0]) > 0.5 && Math.abs(p[1] - q[1]) > 0.5) {
                        problems.add(flow.getId() + " runs diagonally from waypoint " + (i - 1) + " to " + i);
                    }
                    Box run = new Box(Math.min(p[0], q[0]), Math.min(p[1], q[1]),
                            Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]));
                    shapes.forEach((element, box) -> {
                        if (element != flow.getSource() && element != flow.getTarget() && !holds(element, flow)
                                && run.overlaps(box.inset(1))) {
                            problems.add(flow.getId() + " runs through " + element.getId());
                        }
                    });
                }
                double[] first = points.get(0), last = points.get(points.size() - 1);
                double away = distanceToBorder(flow.getSource(), first[0], first[1]);
                if (away > DOCKING) {
                    problems.add(String.format(Locale.ROOT, "%s starts %.0fpx off the border of %s",
                            flow.getId(), away, flow.getSource().getId()));
                }
                away = distanceToBorder(flow.getTarget(), last[0], last[1]);
                if (away > DOCKING) {
                    problems.add(String.format(Locale.ROOT, "%s ends %.0fpx off the border of %s",
                            flow.getId(), away, flow.getTarget().getId()));
                }
            }
        }

        /** Events are circles, gateways diamonds, everything else a rectangle. */
        private double distanceToBorder(FlowNode node, double x, double y) {
            Box b = shapes.get(node);
            if (b == null) {
                return 0;
            }
            double cx = b.x + b.w / 2, cy = b.y + b.h / 2;
            if (node instanceof Event) {
                return Math.abs(Math.hypot(x - cx, y - cy) - b.w / 2);
            }
            double[][] outline = node instanceof Gateway
                    ? new double[][] {{cx, b.y}, {b.right(), cy}, {cx, b.bottom()}, {b.x, cy}}
                    : new double[][] {{b.x, b.y}, {b.right(), b.y}, {b.right(), b.bottom()}, {b.x, b.bottom()}};
            double distance = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                distance = Math.min(distance, toSegment(x, y, outline[i], outline[(i + 1) % 4]));
            }
            return distance;
        }

        /**
         * The happy path (the longest way from a start to an end event that closes no loop, boundary events
         * left out; the first such way in the document when there are several) of the process and of each
         * expanded sub-process runs on one line from left to right, in straight flows.
         */
        void checkHappyPaths(List<String> problems) {
            List<ModelElementInstance> containers = new ArrayList<>(model.getModelElementsByType(Process.class));
            containers.addAll(model.getModelElementsByType(SubProcess.class));
            for (ModelElementInstance container : containers) {
                List<FlowNode> path = new HappyPath(container).nodes();
                for (int i = 1; i < path.size(); i++) {
                    Box previous = shapes.get(path.get(i - 1)), next = shapes.get(path.get(i));
                    if (previous == null || next == null) {
                        continue;
                    }
                    if (Math.abs(previous.centreY() - next.centreY()) > 0.5) {
                        problems.add(path.get(i).getId() + " is off the line of the happy path through "
                                + path.get(i - 1).getId());
                    }
                    if (next.x < previous.right()) {
                        problems.add(path.get(i).getId() + " is not right of " + path.get(i - 1).getId()
                                + " on the happy path");
                    }
                    for (SequenceFlow flow : path.get(i - 1).getOutgoing()) {
                        if (flow.getTarget() == path.get(i) && edges.containsKey(flow)
                                && edges.get(flow).stream().anyMatch(p -> Math.abs(p[1] - next.centreY()) > 0.5)) {
                            problems.add(flow.getId() + " on the happy path is not straight");
                        }
                    }
                }
            }
        }

        private static boolean isExpanded(SubProcess sub) {
            return sub.getDiagramElement() instanceof BpmnShape shape && shape.isExpanded();
        }

        private static boolean holds(BaseElement outer, BaseElement inner) {
            for (ModelElementInstance e = inner.getParentElement(); e != null; e = e.getParentElement()) {
                if (e == outer) {
                    return true;
                }
            }
            return false;
        }

        private static boolean attached(BaseElement boundary, BaseElement host) {
            return boundary instanceof BoundaryEvent b && b.getAttachedTo() == host;
        }

        private static List<BaseElement> descendants(SubProcess sub) {
            List<BaseElement> result = new ArrayList<>();
            for (FlowElement child : sub.getChildElementsByType(FlowElement.class)) {
                result.add(child);
                if (child instanceof SubProcess inner) {
                    result.addAll(descendants(inner));
                }
            }
            return result;
        }

        private static double toSegment(double x, double y, double[] a, double[] b) {
            double dx = b[0] - a[0], dy = b[1] - a[1];
            double t = Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy)));
            return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
        }
    }

    /**
     * The happy path of one process or sub-process, found as src/lint/layout-diagrams.mjs finds it: loops are
     * the flows back to a node on the current path of a depth-first walk from the start events; among the
     * ways that remain, the longest to an end event, the first one in the order of the outgoing flows.
     */
    static final class HappyPath {
        private final List<FlowNode> nodes = new ArrayList<>();
        private final List<BoundaryEvent> boundaries = new ArrayList<>();
        private final List<SequenceFlow> flows = new ArrayList<>();
        private final Set<SequenceFlow> loops = new HashSet<>();
        private final Map<FlowNode, String> state = new HashMap<>();
        private final Map<FlowNode, int[]> best = new HashMap<>();

        HappyPath(ModelElementInstance container) {
            for (FlowElement element : container.getChildElementsByType(FlowElement.class)) {
                if (element instanceof BoundaryEvent boundary) {
                    boundaries.add(boundary);
                } else if (element instanceof FlowNode node) {
                    nodes.add(node);
                } else if (element instanceof SequenceFlow flow) {
                    flows.add(flow);
                }
            }
        }

        List<FlowNode> nodes() {
            List<FlowNode> starts = nodes.stream().filter(StartEvent.class::isInstance).toList();
            List<FlowNode> roots = new ArrayList<>(starts);
            nodes.stream().filter(n -> !starts.contains(n) && flows.stream().noneMatch(f -> f.getTarget() == n))
                    .forEach(roots::add);
            roots.forEach(n -> {
                if (!state.containsKey(n)) {
                    visit(n);
                }
            });
            nodes.forEach(n -> {
                if (!state.containsKey(n)) {
                    visit(n);
                }
            });
            FlowNode first = null;
            for (FlowNode n : starts.isEmpty() ? roots : starts) {
                if (first == null || better(best(n), best(first))) {
                    first = n;
                }
            }
            List<FlowNode> path = new ArrayList<>();
            for (FlowNode n = first; n != null; n = next(n, path)) {
                path.add(n);
            }
            return path;
        }

        private List<SequenceFlow> out(FlowNode node) {
            return node.getOutgoing().stream().filter(flows::contains).toList();
        }

        private List<SequenceFlow> forward(FlowNode node) {
            return out(node).stream().filter(f -> !loops.contains(f)).toList();
        }

        private void visit(FlowNode node) {
            state.put(node, "open");
            for (SequenceFlow flow : out(node)) {
                if ("open".equals(state.get(flow.getTarget()))) {
                    loops.add(flow);
                } else if (!state.containsKey(flow.getTarget())) {
                    visit(flow.getTarget());
                }
            }
            for (BoundaryEvent boundary : boundaries) {
                if (boundary.getAttachedTo() == node && !state.containsKey(boundary)) {
                    visit(boundary);
                }
            }
            state.put(node, "done");
        }

        /** The longest way on to an end event (0 for none) and to any node without a way on. */
        private int[] best(FlowNode node) {
            int[] known = best.get(node);
            if (known != null) {
                return known;
            }
            int end = node instanceof EndEvent ? 1 : Integer.MIN_VALUE;
            int any = 1;
            for (SequenceFlow flow : forward(node)) {
                int[] after = best(flow.getTarget());
                end = Math.max(end, after[0] == Integer.MIN_VALUE ? Integer.MIN_VALUE : after[0] + 1);
                any = Math.max(any, after[1] + 1);
            }
            int[] result = {end, any};
            best.put(node, result);
            return result;
        }

        private static boolean better(int[] a, int[] b) {
            return a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]);
        }

        private FlowNode next(FlowNode node, List<FlowNode> path) {
            FlowNode chosen = null;
            for (SequenceFlow flow : forward(node)) {
                FlowNode target = flow.getTarget();
                if (!path.contains(target) && (chosen == null || better(best(target), best(chosen)))) {
                    chosen = target;
                }
            }
            return chosen;
        }
    }

    record Box(double x, double y, double w, double h) {
        static Box of(Bounds b) {
            return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
        }

        double right() {
            return x + w;
        }

        double bottom() {
            return y + h;
        }

        double centreY() {
            return y + h / 2;
        }

        /** Whether the two share more than a border (a box of no width or height is a line). */
        boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }

        Box inset(double d) {
            return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
        }

        boolean contains(Box o) {
            return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
        }
    }
}
