package cn.ipoffice.programmes.casework;

import cn.ipoffice.programmes.deadlines.Deadlines;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and its Java type: a delegate reads {@code HOLDER_ID.from(execution)} and
 * writes {@code ROUND.set(execution, 2)}, never a raw {@code Object}. The engine keeps each value in the form
 * the Camunda Forms and the REST API exchange: texts, numbers and flags as such, days as ISO text
 * ({@code YYYY-MM-DD}, the forms' date fields), choices as the constant's name, decimals as the forms' numbers.
 *
 * @param <T> what the product's code reads and writes
 */
public final class CaseVariable<T> {

    private final String name;
    private final Class<T> type;
    private final Function<Object, T> read;
    private final Function<T, Object> stored;

    private CaseVariable(String name, Class<T> type, Function<Object, T> read, Function<T, Object> stored) {
        this.name = name;
        this.type = type;
        this.read = read;
        this.stored = stored;
    }

    public static CaseVariable<String> text(String name) {
        return new CaseVariable<>(name, String.class, Object::toString, value -> value);
    }

    public static CaseVariable<Integer> integer(String name) {
        return new CaseVariable<>(name, Integer.class, value -> number(name, value).intValue(), value -> value);
    }

    public static CaseVariable<Boolean> flag(String name) {
        return new CaseVariable<>(name, Boolean.class, value -> {
            if (value instanceof Boolean flag) {
                return flag;
            }
            throw new IllegalStateException("The variable " + name + " is not true or false: " + value);
        }, value -> value);
    }

    /** A day, kept as ISO text as the forms' date fields give it. */
    public static CaseVariable<LocalDate> day(String name) {
        return new CaseVariable<>(name, LocalDate.class, Deadlines::day, LocalDate::toString);
    }

    /** An instant (a deadline from the calendar), kept as the engine's date, which its timers and due dates take. */
    public static CaseVariable<Instant> instant(String name) {
        return new CaseVariable<>(name, Instant.class, value -> {
            if (value instanceof Date date) {
                return date.toInstant();
            }
            throw new IllegalStateException("The variable " + name + " is not an instant: " + value);
        }, Date::from);
    }

    /** A score or figure: the forms give numbers, the product computes in decimals. */
    public static CaseVariable<BigDecimal> decimal(String name) {
        return new CaseVariable<>(name, BigDecimal.class, value -> new BigDecimal(number(name, value).toString()),
                BigDecimal::doubleValue);
    }

    /** One of the constants of an enum, kept as the constant's name as the forms' selects give it. */
    public static <E extends Enum<E>> CaseVariable<E> choice(String name, Class<E> type) {
        return new CaseVariable<>(name, type, value -> {
            try {
                return Enum.valueOf(type, value.toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The variable " + name + " is not one of " + type.getSimpleName() + ": "
                        + value, e);
            }
        }, Enum::name);
    }

    private static Number number(String name, Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalStateException("The variable " + name + " is not a number: " + value);
    }

    /** The name in the diagrams, the forms and the REST API. */
    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    /** The value, which the case must hold. */
    public T from(VariableScope scope) {
        return optionalFrom(scope).orElseThrow(() -> new IllegalStateException("The case holds no " + name));
    }

    public Optional<T> optionalFrom(VariableScope scope) {
        return read(scope.getVariable(name));
    }

    /** The value of a form's optional field: empty when the case holds none or the field was left blank. */
    public Optional<T> filledFrom(VariableScope scope) {
        Object value = scope.getVariable(name);
        return value instanceof String text && text.isBlank() ? Optional.empty() : read(value);
    }

    /** The value in variables fetched from the engine (a query's or another case's). */
    public T from(Map<String, ?> variables) {
        return read(variables.get(name)).orElseThrow(() -> new IllegalStateException("No " + name + " in " + variables.keySet()));
    }

    private Optional<T> read(Object value) {
        return value == null ? Optional.empty() : Optional.of(this.read.apply(value));
    }

    /** For flags: absent is false. */
    public boolean isTrue(VariableScope scope) {
        return optionalFrom(scope).map(Boolean.TRUE::equals).orElse(false);
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value == null ? null : stored.apply(value));
    }

    /** Sets the value on the scope itself, not on the scope above that may already hold a variable of the name. */
    public void setLocal(VariableScope scope, T value) {
        scope.setVariableLocal(name, value == null ? null : stored.apply(value));
    }

    /** The value as the engine keeps it, for a start form or a completion sent by code. */
    public Object stored(T value) {
        return value == null ? null : stored.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
