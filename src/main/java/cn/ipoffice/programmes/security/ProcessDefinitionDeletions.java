package cn.ipoffice.programmes.security;

import cn.ipoffice.programmes.engine.EngineHooks;
import cn.ipoffice.programmes.security.DeploymentDeletions.Use;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByIdsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessDefinitionsByKeyCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * A process definition that cases use is never deleted with them: its cases and their history are the record of
 * how they were decided.
 *
 * <p>Deleting a definition by id or by key (all its versions) with {@code cascade} would delete its running cases
 * and the history of all its cases; when it has any, that is refused to everyone, administrators included. Without
 * cascade the engine's own rules apply (the {@code DELETE} permission, which only administrators have, and no
 * running case); a running case is refused here as 403 naming it instead of the engine's server error. The engine's
 * permission check comes first, so that a user who may not delete the definition learns nothing of its cases. The
 * check sits around the engine's commands, as {@link DeploymentDeletions} does, so it holds for {@code
 * /engine-rest}, the webapps' API and the Java API alike; the application's own calls, without a user, are left
 * to the engine.
 *
 * <p>It reads the engine's internal commands (engine/EngineHooks), which no public API exposes, for the guarantee
 * that deleting a definition never deletes its cases or their history (ProcessDefinitionDeletionAttackTest).
 */
@Component
class ProcessDefinitionDeletions extends AbstractProcessEnginePlugin {

    private static final Field IDS = EngineHooks.field(DeleteProcessDefinitionsByIdsCmd.class, "processDefinitionIds");
    private static final Field CASCADE_TO_HISTORY = EngineHooks.field(DeleteProcessDefinitionsByIdsCmd.class, "cascadeToHistory");
    private static final Field CASCADE_TO_INSTANCES = EngineHooks.field(DeleteProcessDefinitionsByIdsCmd.class, "cascadeToInstances");
    private static final Field KEY = EngineHooks.field(DeleteProcessDefinitionsByKeyCmd.class, "processDefinitionKey");
    private static final Field TENANT = EngineHooks.field(DeleteProcessDefinitionsByKeyCmd.class, "tenantId");
    private static final Field TENANT_SET = EngineHooks.field(DeleteProcessDefinitionsByKeyCmd.class, "isTenantIdSet");
    private static final Field CASCADE = EngineHooks.field(AbstractDeleteProcessDefinitionCmd.class, "cascade");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // Inside the command context: the check reads the engine's tables in the command's transaction.
        EngineHooks.insideEveryCommand(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof DeleteProcessDefinitionsByIdsCmd byIds) {
                    check(byIds, "Process definition " + String.join(", ", ids(byIds)),
                            (boolean) EngineHooks.read(CASCADE_TO_HISTORY, byIds) || (boolean) EngineHooks.read(CASCADE_TO_INSTANCES, byIds));
                } else if (command instanceof DeleteProcessDefinitionsByKeyCmd byKey) {
                    check(byKey, "Process definition " + EngineHooks.read(KEY, byKey) + " (all its versions)",
                            (boolean) EngineHooks.read(CASCADE, byKey));
                }
                return next.execute(command);
            }
        });
    }

    private static void check(Command<?> delete, String what, boolean cascade) {
        CommandContext command = Context.getCommandContext();
        Authentication user = command.getAuthentication();
        if (user == null || user.getUserId() == null) {
            return;
        }
        List<ProcessDefinition> definitions = command.runWithoutAuthorization(() -> definitionsOf(command, delete));
        definitions.forEach(definition -> command.getProcessEngineConfiguration().getCommandCheckers()
                .forEach(checker -> checker.checkDeleteProcessDefinitionById(definition.getId())));
        Use use = command.runWithoutAuthorization(() -> DeploymentDeletions.useOf(command, definitions));
        if (!use.any()) {
            return;
        }
        if (cascade) {
            throw new ProcessDefinitionInUseException(what + " is not deleted: it has " + use.describe()
                    + ", and deleting it with its cases (cascade) would erase those cases and their history. "
                    + "Nobody may do that, administrators included.");
        }
        if (use.running() > 0) {
            // The engine refuses too, but with a server error.
            throw new ProcessDefinitionInUseException(what + " is not deleted: it has " + use.describe() + ", and "
                    + use.running() + " of them still run. A definition is deleted only once none of its cases runs, "
                    + "and never with its cases.");
        }
    }

    /** The definitions the command would delete; those it would not find it reports itself (404). */
    private static List<ProcessDefinition> definitionsOf(CommandContext command, Command<?> delete) {
        if (delete instanceof DeleteProcessDefinitionsByIdsCmd byIds) {
            return ids(byIds).stream().map(id -> (ProcessDefinition) command.getProcessDefinitionManager().findLatestProcessDefinitionById(id))
                    .filter(Objects::nonNull).toList();
        }
        return command.getProcessDefinitionManager().findDefinitionsByKeyAndTenantId((String) EngineHooks.read(KEY, delete),
                (String) EngineHooks.read(TENANT, delete), (boolean) EngineHooks.read(TENANT_SET, delete));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(DeleteProcessDefinitionsByIdsCmd delete) {
        Collection<String> ids = (Collection<String>) EngineHooks.read(IDS, delete);
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).sorted().toList();
    }
}
