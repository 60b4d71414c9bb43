package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The one way a task's candidate moves a case is its form. The engine lets whoever may work on a task
 * also throw a BPMN error or escalation from it, with variables ({@code /task/{id}/bpmnError},
 * {@code /bpmnEscalation}): that would end the task past its form's checks. No diagram of the product
 * catches one, so a user's is refused (403); the product's own steps, which run without a user, are not
 * concerned.
 *
 * <p>It intercepts the engine's internal command classes (engine/EngineHooks), the one place every route to them
 * passes, for the guarantee that a candidate moves a case through its form only (AroundTheFormAttackTest).
 */
@Component
class TaskShortcutRefusal extends AbstractProcessEnginePlugin {

    private final IdentityService identity;

    TaskShortcutRefusal(@Lazy IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineHooks.beforeEveryCommand(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
                    refuseUsers(command);
                }
                return next.execute(command);
            }
        });
    }

    private void refuseUsers(Command<?> command) {
        Authentication user = identity.getCurrentAuthentication();
        if (user != null && user.getUserId() != null) {
            String what = command instanceof HandleTaskBpmnErrorCmd ? "a BPMN error" : "an escalation";
            throw new AuthorizationException(user.getUserId() + " may not throw " + what
                    + " from a task: a task is completed through its form (Tasklist or /submit-form)");
        }
    }
}
