package cn.ipoffice.programmes.deployment;

import cn.ipoffice.programmes.engine.EngineHooks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Deploying is safe, from Camunda Modeler as from {@code processes/}: a deployment holds diagrams and
 * Camunda Forms only, each diagram keeps to the {@link DiagramPolicy} (refused at deployment with the
 * element and expression named: REST answers 400 and nothing is deployed), and expressions reach only
 * the product's delegates and calendar when they run ({@link ProductExpressions}).
 *
 * <p>An engine plugin (through {@code engine/EngineHooks}) because the engine has no public hook between
 * parsing a diagram and storing it: this is what keeps a deployed diagram from running code on the server
 * (the attacks of {@code DeploymentPolicyAttackTest}).
 */
@Component
class DeploymentPolicy extends AbstractProcessEnginePlugin {

    /** What a deployment may hold: BPMN diagrams and Camunda Forms. */
    static final List<String> RESOURCE_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".form");
    private static final String PRODUCT_PACKAGE = "cn.ipoffice.programmes.";

    private final ApplicationContext context;
    private volatile Set<String> delegates;
    private volatile Set<String> beanNames;

    DeploymentPolicy(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new ProductExpressions(this::beanNames, context::getBean));
        DiagramPolicy policy = new DiagramPolicy(this::delegates);
        EngineHooks.beforeEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseRootElement(Element root, List<ProcessDefinitionEntity> definitions) {
                List<String> refusals = policy.refusals(root);
                if (!refusals.isEmpty()) {
                    throw new BpmnParseException("The diagram may not be deployed (docs/modelers-guide.md \"What a diagram may contain\"): "
                            + String.join("; ", refusals), root);
                }
            }
        });
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(onlyDiagramsAndForms());
    }

    private static Deployer onlyDiagramsAndForms() {
        return (DeploymentEntity deployment) -> {
            if (!deployment.isNew() || deployment.getResources() == null) {
                return;
            }
            List<String> refused = deployment.getResources().keySet().stream()
                    .filter(name -> RESOURCE_SUFFIXES.stream().noneMatch(name.toLowerCase(Locale.ROOT)::endsWith))
                    .sorted().toList();
            if (!refused.isEmpty()) {
                throw new BadUserRequestException("A deployment holds BPMN diagrams (.bpmn) and Camunda Forms (.form)"
                        + " only; refused: " + String.join(", ", refused));
            }
        };
    }

    /** The delegate and listener beans of the product, which diagrams call by {@code delegateExpression}. */
    Set<String> delegates() {
        Set<String> known = delegates;
        if (known == null) {
            Set<String> names = new HashSet<>();
            for (Class<?> type : List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class)) {
                for (String name : context.getBeanNamesForType(type, false, false)) {
                    Class<?> beanType = context.getType(name, false);
                    if (beanType != null && beanType.getName().startsWith(PRODUCT_PACKAGE)) {
                        names.add(name);
                    }
                }
            }
            known = Set.copyOf(names);
            delegates = known;
        }
        return known;
    }

    /** The delegates and the calendar: what an expression may name, read on every identifier an expression resolves. */
    private Set<String> beanNames() {
        Set<String> known = beanNames;
        if (known == null) {
            Set<String> names = new HashSet<>(delegates());
            names.add(ExpressionPolicy.CALENDAR);
            known = Set.copyOf(names);
            beanNames = known;
        }
        return known;
    }
}
