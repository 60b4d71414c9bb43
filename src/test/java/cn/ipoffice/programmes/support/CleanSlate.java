package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.deployment.ModelDeployer;
import cn.ipoffice.programmes.notify.SendMailJob;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test class leaves the shared application as it found it, so the next class starts on a clean slate:
 * no case running or in history, an empty register, no deployment but the product's own, no grant on a
 * case or task that no longer exists, and the engine clock at the real time. Registered for every class
 * (src/test/resources/META-INF/services); it touches the application the class used, if any: its Spring
 * test context ({@link ProcessTest}) or the one {@link SpringEngine} started. The demo's contexts are left
 * as they are: the browser tests share one and each works on cases of its own.
 */
public class CleanSlate implements AfterAllCallback {

    /** The register's tables, the ones that refer to a holder first. */
    private static final List<String> REGISTER = List.of("mail_digest_item", "mail_message", "escalation_action", "call_application", "yearly_call", "finding_decision",
            "disqualification", "model_examination", "model_candidate_score", "designation", "ban", "annual_assessment",
            "annual_report", "city_figures", "case_admission", "holder");
    private static final int PAGE = 500;

    @Override
    public void afterAll(ExtensionContext context) {
        EngineClock.reset();
        boolean processTest = context.getTestClass()
                .map(type -> TestContextAnnotationUtils.hasAnnotation(type, ProcessTest.class)).orElse(false);
        if (processTest) {
            reset(SpringExtension.getApplicationContext(context));
        } else if (SpringEngine.started()) {
            reset(SpringEngine.context());
        }
    }

    static void reset(ApplicationContext application) {
        if (application.getBeanNamesForType(ProcessEngine.class).length == 0) {
            return;
        }
        ProcessEngine engine = application.getBean(ProcessEngine.class);
        IdentityService identity = engine.getIdentityService();
        identity.clearAuthentication();
        endEveryCase(engine.getRuntimeService());
        forgetEveryCase(engine.getHistoryService());
        removeTrialDeployments(engine.getRepositoryService());
        removeGrantsOnCases(engine.getAuthorizationService());
        forgetMail(engine);
        JdbcTemplate register = application.getBean(JdbcTemplate.class);
        REGISTER.forEach(table -> register.update("delete from " + table));
    }

    /**
     * No mail of this class's cases is left to send in the next class (a job that would try a mail server the next
     * class does not run), and no user keeps the e-mail address a test gave it, so the next class's tasks mail nobody
     * it did not ask for.
     */
    private static void forgetMail(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        management.createJobQuery().list().stream()
                .filter(job -> job instanceof JobEntity entity && SendMailJob.TYPE.equals(entity.getJobHandlerType()))
                .forEach(job -> management.deleteJob(job.getId()));
        IdentityService identity = engine.getIdentityService();
        for (User user : identity.createUserQuery().list()) {
            if (user.getEmail() != null && !user.getEmail().isBlank()) {
                user.setEmail(null);
                identity.saveUser(user);
            }
        }
    }

    private static void endEveryCase(RuntimeService runtime) {
        List<ProcessInstance> running;
        do {
            running = runtime.createProcessInstanceQuery().rootProcessInstances().listPage(0, PAGE);
            if (running.isEmpty()) {
                return;
            }
            runtime.deleteProcessInstancesIfExists(running.stream().map(ProcessInstance::getId).toList(),
                    "clean slate for the next test class", true, true, false);
        } while (running.size() == PAGE);
    }

    private static void forgetEveryCase(HistoryService history) {
        List<HistoricProcessInstance> finished;
        do {
            finished = history.createHistoricProcessInstanceQuery().listPage(0, PAGE);
            if (finished.isEmpty()) {
                return;
            }
            history.deleteHistoricProcessInstancesIfExists(finished.stream().map(HistoricProcessInstance::getId).toList());
        } while (finished.size() == PAGE);
    }

    /** Deployments a test made (from Camunda Modeler, say); the start-up's own stay, so their versions are the latest. */
    private static void removeTrialDeployments(RepositoryService repository) {
        for (Deployment deployment : repository.createDeploymentQuery().list()) {
            if (!ModelDeployer.SOURCE.equals(deployment.getSource())) {
                repository.deleteDeployment(deployment.getId(), true, true);
            }
        }
    }

    private static void removeGrantsOnCases(AuthorizationService authorizations) {
        for (Resource resource : List.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.HISTORIC_PROCESS_INSTANCE,
                Resources.HISTORIC_TASK)) {
            List<Authorization> grants;
            do {
                grants = authorizations.createAuthorizationQuery().resourceType(resource).listPage(0, PAGE).stream()
                        .filter(grant -> !Authorization.ANY.equals(grant.getResourceId())).toList();
                grants.forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            } while (!grants.isEmpty());
        }
    }
}
