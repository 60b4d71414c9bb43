package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * A deployment that cases use stays: its diagrams are the record of how those cases were decided.
 *
 * <p>A deployment is used when a process definition of it has a running or a finished case. A user may
 * delete a deployment nobody used (a modeler's trial upload); a used one only an administrator may, and never
 * with its cases and history ({@code cascade}), and not while any of them runs (the engine refuses that too,
 * but as a server error).
 * The check sits around the engine's delete-deployment command, so it holds for {@code /engine-rest}, the
 * webapps' API and the Java API alike. Calls without a user (the application's own code) are left to the
 * engine, as its authorization checks leave them.
 *
 * <p>It reads the engine's internal command (engine/EngineHooks), which no public API exposes, for the guarantee
 * that a used deployment never goes with its cases (DeploymentDeletionAttackTest).
 */
@Component
class DeploymentDeletions extends AbstractProcessEnginePlugin {

    // The engine's command does not expose what it deletes.
    private static final Field DEPLOYMENT_ID = EngineHooks.field(DeleteDeploymentCmd.class, "deploymentId");
    private static final Field CASCADE = EngineHooks.field(DeleteDeploymentCmd.class, "cascade");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Inside the command context: the check reads the engine's tables in the command's transaction.
        EngineHooks.insideEveryCommand(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof DeleteDeploymentCmd delete) {
                    check(delete);
                }
                return next.execute(command);
            }
        });
    }

    /** Running and finished cases of a deployment's processes. */
    record Use(long running, long finished, List<String> processKeys) {

        boolean any() {
            return running + finished > 0;
        }

        String describe() {
            return running + " running and " + finished + " finished case(s) of " + String.join(", ", processKeys);
        }
    }

    private static void check(DeleteDeploymentCmd delete) {
        CommandContext command = Context.getCommandContext();
        Authentication user = command.getAuthentication();
        String deploymentId = (String) EngineHooks.read(DEPLOYMENT_ID, delete);
        if (user == null || user.getUserId() == null || deploymentId == null) {
            return;
        }
        // The engine's own permission check first: who may not delete the deployment learns nothing of its cases.
        command.getProcessEngineConfiguration().getCommandCheckers()
                .forEach(checker -> checker.checkDeleteDeployment(deploymentId));
        Use use = command.runWithoutAuthorization(() -> useOf(command,
                command.getProcessDefinitionManager().findProcessDefinitionsByDeploymentId(deploymentId)));
        if (!use.any()) {
            return;
        }
        boolean cascade = (Boolean) EngineHooks.read(CASCADE, delete);
        if (cascade) {
            throw new DeploymentInUseException("Deployment " + deploymentId + " is not deleted: it holds "
                    + use.describe() + ", and deleting it with its cases (cascade) would erase those cases and their "
                    + "history. Nobody may do that, administrators included.");
        }
        if (!command.getAuthorizationManager().isCamundaAdmin(user)) {
            throw new DeploymentInUseException("Deployment " + deploymentId + " is not deleted: it holds "
                    + use.describe() + ". Only an administrator may delete a deployment that cases use, and only "
                    + "once none of them runs.");
        }
        if (use.running() > 0) {
            // The engine would refuse too, but with a server error that does not say why.
            throw new DeploymentInUseException("Deployment " + deploymentId + " is not deleted: it holds "
                    + use.describe() + ", and " + use.running() + " of them still run. Delete it once none runs.");
        }
    }

    /** The running and finished cases of these definitions; to be read without the user's authorizations. */
    static Use useOf(CommandContext command, List<ProcessDefinition> definitions) {
        RuntimeService runtime = command.getProcessEngineConfiguration().getRuntimeService();
        HistoryService history = command.getProcessEngineConfiguration().getHistoryService();
        long running = 0;
        long finished = 0;
        List<String> keys = new ArrayList<>();
        for (ProcessDefinition definition : definitions) {
            long runningHere = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
            long finishedHere = history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId())
                    .finished().count();
            if (runningHere + finishedHere > 0 && !keys.contains(definition.getKey())) {
                keys.add(definition.getKey());
            }
            running += runningHere;
            finished += finishedHere;
        }
        return new Use(running, finished, keys);
    }
}
