package cn.ipoffice.programmes.deployment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a deployed diagram may contain (docs/modelers-guide.md "What a diagram may contain"): the elements and attributes
 * the product's own diagrams use, with every expression held to the {@link ExpressionPolicy}. Service
 * tasks and listeners call a delegate bean of the product by {@code delegateExpression="${beanName}"};
 * nothing names a Java class, a script, a connector, an external worker, a decision, an embedded form
 * or field injection. A refused diagram is named with each element, line and expression at fault.
 */
public final class DiagramPolicy {

    /** Elements that run code beyond the product's delegates, with the reason each is refused. */
    static final Map<String, String> FORBIDDEN_ELEMENTS = Map.of(
            "scriptTask", "a script task runs a script on the server",
            "script", "a script runs on the server",
            "connector", "a connector calls out of the server",
            "field", "field injection writes into the product's delegate beans",
            "formData", "generated task forms take Java validators; forms are Camunda Forms (camunda:formRef)",
            "businessRuleTask", "decision tables are not part of the product");

    /** Attributes that name Java code or outside workers, with the reason each is refused. */
    static final Map<String, String> FORBIDDEN_ATTRIBUTES = Map.ofEntries(
            Map.entry("class", "names a Java class to instantiate; call a product delegate with delegateExpression"),
            Map.entry("expression", "calls an expression as a task or listener; call a product delegate with delegateExpression"),
            Map.entry("type", "hands the task to a connector or an external worker"),
            Map.entry("topic", "hands the task to an external worker"),
            Map.entry("resource", "loads a script"),
            Map.entry("scriptFormat", "runs a script"),
            Map.entry("variableMappingClass", "names a Java class to instantiate"),
            Map.entry("variableMappingDelegateExpression", "calls a bean that is not one of the product's delegates"),
            Map.entry("decisionRef", "calls a decision table, which is not part of the product"),
            Map.entry("caseRef", "calls a CMMN case, which is not part of the product"),
            Map.entry("formKey", "serves an embedded or external form; forms are Camunda Forms (camunda:formRef)"),
            Map.entry("formHandlerClass", "names a Java class to instantiate"));

    /** Diagram interchange (shapes and edges): drawn, never run. */
    private static final Set<String> DRAWING_NAMESPACES = Set.of(
            "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DI",
            "http://www.omg.org/spec/DD/20100524/DC");
    /** The engine's extension attributes, under its namespace and the older one it still reads. */
    private static final Set<String> CAMUNDA_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn");
    /** Texts for the reader, never evaluated. */
    private static final Set<String> PROSE = Set.of("documentation", "text");
    private static final Pattern DELEGATE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final ExpressionPolicy expressions;
    private final Supplier<Set<String>> delegates;

    /** {@code delegates}: the names of the product's delegate and listener beans. */
    public DiagramPolicy(Supplier<Set<String>> delegates) {
        this.delegates = delegates;
        this.expressions = new ExpressionPolicy(() -> {
            Set<String> names = new HashSet<>(delegates.get());
            names.add(ExpressionPolicy.CALENDAR);
            return names;
        });
    }

    /** Each thing of the diagram that is refused, naming its element, line and expression; empty when it may deploy. */
    public List<String> refusals(Element definitions) {
        List<String> refusals = new ArrayList<>();
        check(definitions, null, refusals);
        return refusals;
    }

    /** {@code owner}: the nearest element above with an id, which names where an unnamed element sits. */
    private void check(Element element, String owner, List<String> refusals) {
        if (DRAWING_NAMESPACES.contains(element.getUri())) {
            return;
        }
        String where = where(element, owner);
        String forbidden = FORBIDDEN_ELEMENTS.get(element.getTagName());
        if (forbidden != null) {
            refusals.add(where + ": " + element.getTagName() + " is not allowed (" + forbidden + ")");
        }
        for (String key : element.attributes()) {
            int colon = key.lastIndexOf(':');
            String name = key.substring(colon + 1);
            // camunda:executionListener and its kind write their attributes without a prefix.
            boolean camunda = colon > 0 ? CAMUNDA_NAMESPACES.contains(key.substring(0, colon))
                    : CAMUNDA_NAMESPACES.contains(element.getUri());
            String value = element.attribute(key);
            attribute(name, value, camunda).ifPresent(refusal -> refusals.add(where + ": " + name + "=\"" + value + "\" " + refusal));
        }
        if (!PROSE.contains(element.getTagName())) {
            String text = element.getText() == null ? "" : element.getText().trim();
            if (ExpressionPolicy.isExpression(text)) {
                expressions.refusal(text).ifPresent(refusal -> refusals.add(where + ": " + element.getTagName() + " '" + text
                        + "' " + refusal));
            }
        }
        String id = element.attribute("id");
        for (Element child : element.elements()) {
            check(child, id != null ? element.getTagName() + " '" + id + "'" : owner, refusals);
        }
    }

    private Optional<String> attribute(String name, String value, boolean camunda) {
        if (camunda && name.equals("delegateExpression")) {
            Matcher bean = DELEGATE.matcher(value.trim());
            if (!bean.matches() || !delegates.get().contains(bean.group(1))) {
                return Optional.of("is not one of the product's delegates " + delegates.get().stream().sorted().toList());
            }
            return Optional.empty();
        }
        String forbidden = FORBIDDEN_ATTRIBUTES.get(name);
        if (forbidden != null && camunda) {
            return Optional.of("is not allowed: it " + forbidden);
        }
        return ExpressionPolicy.isExpression(value) ? expressions.refusal(value) : Optional.empty();
    }

    private static String where(Element element, String owner) {
        String id = element.attribute("id");
        String name = element.getTagName() + (id != null ? " '" + id + "'" : owner != null ? " of " + owner : "");
        return name + " (line " + element.getLine() + ")";
    }
}
