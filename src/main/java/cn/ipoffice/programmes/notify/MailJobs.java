package cn.ipoffice.programmes.notify;

import cn.ipoffice.programmes.engine.EngineHooks;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where the notifications plug into the engine (engine/EngineHooks): the two job types, {@link SendMailJob} and the
 * {@link DailyDigestJob} timer, retried after the engine's failed-job retry cycle like its own jobs; a create listener
 * on every user task of every diagram ({@link TaskNotices}); the per-command session that gathers a command's title
 * decisions ({@link TitleNotices}); and, once the application is ready and mail is on, the digest timer.
 */
@Component
class MailJobs extends AbstractProcessEnginePlugin {

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

    private final ObjectProvider<Outbox> outbox;
    private final ObjectProvider<Mailer> mailer;
    private final ObjectProvider<TaskNotices> taskNotices;
    private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

    MailJobs(ObjectProvider<Outbox> outbox, ObjectProvider<Mailer> mailer, ObjectProvider<TaskNotices> taskNotices,
            ObjectProvider<ProcessEngineConfigurationImpl> engine) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.taskNotices = taskNotices;
        this.engine = engine;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.addJobHandler(configuration, new SendMailJob(outbox::getObject, mailer::getObject));
        EngineHooks.addJobHandler(configuration, new DailyDigestJob(outbox::getObject));
        EngineHooks.sessionPerCommand(configuration, TitleNotices.Decisions.class, TitleNotices.Decisions::new);
        EngineHooks.afterEngineParsing(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    Element documentation = element.element("documentation");
                    TaskNotices.UserTask userTask = new TaskNotices.UserTask(processKey(activity),
                            activity.getId(), element.attributeNS(CAMUNDA, "formRef"),
                            documentation == null ? null : documentation.getText());
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                            task -> taskNotices.getObject().created(userTask, task));
                }
            }
        });
    }

    private static String processKey(ActivityImpl activity) {
        return activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition ? definition.getKey() : null;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.retriedByTheRetryCycle(configuration, Set.of(SendMailJob.TYPE, DailyDigestJob.TYPE));
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleTheDigest() {
        if (mailer.getObject().enabled()) {
            engine.getObject().getCommandExecutorTxRequired().execute(commandContext -> {
                DailyDigestJob.ensureScheduled(commandContext);
                return null;
            });
        }
    }
}
