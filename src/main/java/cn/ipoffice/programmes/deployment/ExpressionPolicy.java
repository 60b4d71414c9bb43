package cn.ipoffice.programmes.deployment;

import cn.ipoffice.programmes.deadlines.Deadlines;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a deployed diagram may be: the product's own kind, and nothing that reaches Java.
 * Allowed are process variables by name, literals, operators ({@code ==}, {@code &&}, {@code !}, {@code +},
 * {@code ? :}, {@code empty}), the deadline calendar's methods ({@code deadlines.withinMonths(termStart, 2)},
 * with allowed arguments), and {@code execution.processBusinessKey}. Refused are every other method call
 * (on a variable, a literal such as {@code ''.getClass()}, or a bean), every other property or index read,
 * functions, and the names the engine or Spring resolve to Java objects ({@code execution}, {@code task},
 * the product's beans). A delegate bean is named only as a whole {@code delegateExpression}, see
 * {@link DiagramPolicy}.
 */
public final class ExpressionPolicy {

    /** The calendar bean diagrams compute deadlines with ({@code deadlines/}). */
    public static final String CALENDAR = "deadlines";
    /** Names the engine resolves to its own objects, through which all of its services are reachable. */
    static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "externalTask", "caseExecution",
            "processEngine", "processEngineServices", "processEngineConfiguration", "variableScope",
            "variableContext", "applicationContext");
    /** The one property of an engine object a diagram may read: the case's business key, passed to a called case. */
    static final String BUSINESS_KEY = "execution.processBusinessKey";
    /** The calendar's methods a diagram may call: those {@link Deadlines} declares itself, not those of Object. */
    static final Set<String> CALENDAR_METHODS = Arrays.stream(Deadlines.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);

    private final Supplier<Set<String>> beanNames;

    /** {@code beanNames}: the names of the beans expressions resolve (the delegates and the calendar). */
    public ExpressionPolicy(Supplier<Set<String>> beanNames) {
        this.beanNames = beanNames;
    }

    /** Whether the text holds an expression at all. */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** Why the expression is refused, or empty when it is of the product's kind. */
    public Optional<String> refusal(String expression) {
        Node root;
        try {
            root = PARSER.build(expression).getRoot();
        } catch (TreeBuilderException e) {
            return Optional.of("is not a valid expression: " + e.getMessage());
        }
        return check(root);
    }

    private Optional<String> check(Node node) {
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName());
        }
        if (node instanceof AstMethod method) {
            return method(method);
        }
        if (node instanceof AstDot dot) {
            return BUSINESS_KEY.equals(path(dot)) ? Optional.empty()
                    : Optional.of("reads the property " + path(dot) + "; only " + BUSINESS_KEY + " may be read");
        }
        if (!isPlain(node)) {
            return Optional.of("uses " + describe(node) + ", which diagrams may not");
        }
        return children(node);
    }

    private Optional<String> identifier(String name) {
        if (ENGINE_OBJECTS.contains(name)) {
            return Optional.of("names the engine's object '" + name + "'; only " + BUSINESS_KEY + " may be read of it");
        }
        if (CALENDAR.equals(name)) {
            return Optional.of("names the calendar '" + CALENDAR + "' without calling one of its methods " + sorted(CALENDAR_METHODS));
        }
        if (beanNames.get().contains(name)) {
            return Optional.of("names the bean '" + name + "' as a value; a delegate is named only as a whole delegateExpression");
        }
        return Optional.empty();
    }

    private Optional<String> method(AstMethod method) {
        Node target = method.getChild(0);
        String called = target instanceof AstDot dot ? path(dot) : describe(target);
        if (!(target instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier base)
                || !CALENDAR.equals(base.getName())) {
            return Optional.of("calls the method " + called + "(…); only the calendar's methods " + sorted(CALENDAR_METHODS)
                    + " may be called, as " + CALENDAR + ".<method>(…)");
        }
        String name = property(dot);
        if (!CALENDAR_METHODS.contains(name)) {
            return Optional.of("calls " + called + "(…), which is not one of the calendar's methods " + sorted(CALENDAR_METHODS));
        }
        return children(method.getChild(1));
    }

    private Optional<String> children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<String> refusal = check(node.getChild(i));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static boolean isPlain(Node node) {
        return node instanceof AstEval || node instanceof AstComposite || node instanceof AstText
                || node instanceof AstString || node instanceof AstNumber || node instanceof AstBoolean
                || node instanceof AstNull || node instanceof AstBinary || node instanceof AstUnary
                || node instanceof AstChoice || node instanceof AstNested || node instanceof AstParameters;
    }

    /** {@code execution.processBusinessKey} for the node {@code execution . processBusinessKey}. */
    private static String path(AstDot dot) {
        Node base = dot.getChild(0);
        String prefix = base instanceof AstIdentifier identifier ? identifier.getName()
                : base instanceof AstDot inner ? path(inner) : describe(base);
        return prefix + "." + property(dot);
    }

    /** The property of a dot: the engine prints it as {@code . name}. */
    private static String property(AstDot dot) {
        String printed = dot.toString();
        return printed.startsWith(". ") ? printed.substring(2) : printed;
    }

    private static String describe(Node node) {
        String type = node.getClass().getSimpleName();
        return switch (type) {
            case "AstBracket" -> "an index or property read with [ ]";
            case "AstFunction" -> "the function " + node;
            case "AstMethod" -> "a method call";
            default -> "'" + node + "'";
        };
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
