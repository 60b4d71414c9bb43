package cn.ipoffice.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ipoffice.programmes.register.Grade;
import cn.ipoffice.programmes.register.Register;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journeys ({@code *JourneyTest}) tell a holder's way through the programmes as the offices go it: every fact
 * comes from a start form or a task form (as Tasklist submits them), the REST API or the register's HTTP API. This
 * test fails the build when a journey, or a test helper or fixture it calls (followed through the test code, call
 * by call), reaches around them: a register repository, a writing method of {@link Register} (any public one that
 * is not {@code @Transactional(readOnly = true)}), SQL written by hand, a case started by key instead of by its start
 * form, a task completed without its form, or a variable set on a case.
 */
class JourneysUsePublicInterfacesTest {

    private static final ImportOption TESTS = new ImportOption.OnlyIncludeTests();
    private static final JavaClasses CODE = importTests();

    /** The engine's ways around the forms, by the service's type and the method names that take them. */
    private static final Map<Class<?>, Predicate<String>> AROUND_THE_FORMS = Map.of(
            RuntimeService.class, name -> name.startsWith("startProcessInstance") || name.startsWith("createProcessInstanceBy")
                    || name.startsWith("setVariable") || name.startsWith("removeVariable")
                    || name.startsWith("correlateMessage") || name.startsWith("createMessageCorrelation"),
            TaskService.class, name -> name.equals("complete") || name.startsWith("setVariable")
                    || name.startsWith("removeVariable"),
            JdbcTemplate.class, name -> name.startsWith("update") || name.startsWith("batchUpdate")
                    || name.startsWith("execute"));

    @Test
    void journeysGetTheirFactsFromTheFormsAndTheHttpApisOnly() {
        List<JavaClass> journeys = CODE.stream().filter(c -> c.getSimpleName().endsWith("JourneyTest"))
                .filter(c -> !c.isNestedClass()).toList();
        assertThat(journeys).extracting(JavaClass::getSimpleName)
                .contains("ModelCityJourneyTest", "PilotCityJourneyTest", "ClusterAreaJourneyTest");
        assertThat(journeys).flatExtracting(JourneysUsePublicInterfacesTest::shortcuts).isEmpty();
    }

    @Test
    void aJourneyThatWritesTheRegister_orCallsAFixtureThatDoes_orStartsACaseByKey_isFound() {
        assertThat(shortcuts(CODE.get(ShortcutJourney.class))).satisfiesExactlyInAnyOrder(
                found -> assertThat(found).contains("ShortcutFixture.entered(").contains("Register.enterHolder("),
                found -> assertThat(found).contains("ShortcutFixture.entered(").contains("RuntimeService.startProcessInstanceByKey("),
                found -> assertThat(found).contains("ShortcutJourney.story()").contains("Register.recordAssessment("));
    }

    /**
     * The test code alone: what it calls elsewhere (the register, the engine's services) is known by its name and
     * signature. Left to itself ArchUnit would read every class the tests touch from the class path, which takes
     * longer than the rest of this test.
     */
    private static JavaClasses importTests() {
        ArchConfiguration configuration = ArchConfiguration.get();
        boolean resolving = configuration.resolveMissingDependenciesFromClassPath();
        configuration.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter().withImportOption(TESTS).importPackages("cn.ipoffice.programmes");
        } finally {
            configuration.setResolveMissingDependenciesFromClassPath(resolving);
        }
    }

    /** Each access around the forms the journey reaches, with the method it is in, from the journey on. */
    static List<String> shortcuts(JavaClass journey) {
        Set<JavaCodeUnit> seen = new HashSet<>(journey.getCodeUnits());
        Deque<JavaCodeUnit> toRead = new ArrayDeque<>(journey.getCodeUnits());
        Set<String> found = new TreeSet<>();
        while (!toRead.isEmpty()) {
            for (JavaAccess<?> access : toRead.pop().getAccessesFromSelf()) {
                if (aroundTheForms(access.getTarget())) {
                    found.add(journey.getSimpleName() + " reaches " + access.getDescription());
                }
                for (JavaMember member : access.getTarget().resolveMember().stream().toList()) {
                    if (member instanceof JavaCodeUnit unit && inTests(unit.getOwner()) && seen.add(unit)) {
                        toRead.add(unit);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean aroundTheForms(AccessTarget target) {
        String owner = target.getOwner().getName();
        if (owner.startsWith(Register.class.getPackageName() + ".") && owner.endsWith("Repository")) {
            return true;
        }
        if (owner.equals(Register.class.getName())) {
            return writes(target);
        }
        return AROUND_THE_FORMS.entrySet().stream().anyMatch(entry -> owner.equals(entry.getKey().getName())
                && entry.getValue().test(target.getName()));
    }

    /** A public method of the register that joins a writing transaction: any that is not read-only. */
    private static boolean writes(AccessTarget target) {
        return Arrays.stream(Register.class.getMethods())
                .filter(method -> method.getName().equals(target.getName()) && method.getDeclaringClass() == Register.class)
                .filter(method -> Arrays.stream(method.getParameterTypes()).map(Class::getName).toList()
                        .equals(target instanceof CodeUnitAccessTarget unit ? unit.getRawParameterTypes().stream()
                                .map(JavaClass::getName).toList() : List.of()))
                .anyMatch(method -> !Optional.ofNullable(method.getAnnotation(Transactional.class))
                        .map(Transactional::readOnly).orElse(false));
    }

    private static boolean inTests(JavaClass type) {
        return type.getSource().map(source -> TESTS.includes(Location.of(source.getUri()))).orElse(false);
    }

    /** A journey that writes the register itself, reads it (allowed), and calls a fixture that writes it. */
    static final class ShortcutJourney {
        private Register register;
        private RuntimeService runtime;

        void story() {
            register.recordAssessment("320500", 2019, Grade.EXCELLENT, null, 1, 13);
            register.assessmentsOf("320500");
            ShortcutFixture.entered(register, runtime);
        }
    }

    /** A fixture that writes the register, and starts a case by key inside a lambda (ArchUnit: from its method). */
    static final class ShortcutFixture {
        static void entered(Register register, RuntimeService runtime) {
            register.enterHolder("320500", "Suzhou", null);
            List.of("pilot-city-application").forEach(key -> runtime.startProcessInstanceByKey(key));
        }
    }
}
