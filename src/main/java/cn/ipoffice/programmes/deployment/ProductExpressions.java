package cn.ipoffice.programmes.deployment;

import cn.ipoffice.programmes.deadlines.Deadlines;
import java.beans.FeatureDescriptor;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expressions, as they run: variables, the product's delegate beans and the calendar
 * {@code deadlines}, and nothing else. Spring's other beans are not reachable by name; the only method
 * an expression may call is one of the calendar's, and the only property it may read is the case's
 * business key. A diagram refused by {@link DiagramPolicy} never deploys; this holds the same line for
 * whatever is already in a database, and for the expressions of stored Tasklist filters.
 */
class ProductExpressions extends JuelExpressionManager {

    ProductExpressions(Supplier<Set<String>> beanNames, Function<String, Object> bean) {
        super(new ProductBeans(beanNames, bean));
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new OnlyTheCalendar());
        return resolver;
    }

    /** The product's beans by name, looked up when an expression names one, so the engine starts before them. */
    private static final class ProductBeans extends AbstractMap<Object, Object> {
        private final Supplier<Set<String>> names;
        private final Function<String, Object> bean;

        ProductBeans(Supplier<Set<String>> names, Function<String, Object> bean) {
            this.names = names;
            this.bean = bean;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names.get().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? bean.apply((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names.get().stream().map(name -> Map.entry((Object) name, bean.apply(name))).collect(Collectors.toSet());
        }
    }

    /** Whatever has a base object: a call on the calendar, the business key of the execution, else refused. */
    private static final class OnlyTheCalendar extends ELResolver {
        private final BeanELResolver methods = new BeanELResolver(true);

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base == null) {
                return null;
            }
            if (base instanceof Deadlines && ExpressionPolicy.CALENDAR_METHODS.contains(String.valueOf(method))) {
                return methods.invoke(context, base, method, types, params);
            }
            throw refused("call " + method + "(…) on " + base.getClass().getSimpleName());
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null) {
                return null;
            }
            if (base instanceof DelegateExecution execution && "processBusinessKey".equals(property)) {
                context.setPropertyResolved(true);
                return execution.getProcessBusinessKey();
            }
            throw refused("read " + property + " of " + base.getClass().getSimpleName());
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            if (base == null) {
                return null;
            }
            throw refused("read " + property + " of " + base.getClass().getSimpleName());
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base != null) {
                throw refused("write " + property + " of " + base.getClass().getSimpleName());
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (base != null) {
                context.setPropertyResolved(true);
            }
            return true;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        private static ELException refused(String what) {
            return new ELException("An expression may not " + what + ": only the calendar's methods and the case's"
                    + " business key are reachable from a diagram (docs/modelers-guide.md \"What a diagram may contain\")");
        }
    }
}
