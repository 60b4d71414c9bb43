package cn.ipoffice.programmes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the code (docs/architecture.md): the regulation's time rules and decisions stay plain Java;
 * the register knows nothing of the processes that use it; each programme stands on the shared kernel alone,
 * never on another programme; the use cases know nothing of the engine; no package cycles.
 */
@AnalyzeClasses(packages = "cn.ipoffice.programmes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule deadlineCalendarIsPlainJava = noClasses()
            .that().haveSimpleNameStartingWith("DeadlineCalendar").or().haveSimpleName("Term")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..")
            .because("the time rules of docs/rules.md are tested and reused without a container");

    @ArchTest
    static final ArchRule regulationDecisionsArePlainJava = noClasses()
            .that().resideInAPackage("..rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..")
            .because("the regulation's decisions are plain Java, named after their article (docs/architecture.md)");

    @ArchTest
    static final ArchRule rulesUseOnlyTheCalendarAndTheRegistersVocabulary = noClasses()
            .that().resideInAPackage("..rules..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Delegate")
            .orShould().dependOnClassesThat().haveSimpleName("Register");

    @ArchTest
    static final ArchRule registerDoesNotKnowTheProcesses = noClasses()
            .that().resideInAPackage("..register..")
            .should().dependOnClassesThat().resideInAnyPackage("..annualreport..", "..overdue..", "..demo..",
                    "..deployment..", "..tasklist..", "..pilotcities..", "..forms..");

    @ArchTest
    static final ArchRule delegatesGoThroughTheRegisterFacade = noClasses()
            .that().resideOutsideOfPackage("..register..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** The three programmes; the shared kernel is register, deadlines, rules, casework (and the annual report and
     * overdue pattern the programmes' diagrams call). */
    private static final String[] PROGRAMMES = {"..pilotcities..", "..modelcities..", "..clusterareas.."};

    @ArchTest
    static final ArchRule pilotCitiesStandOnTheKernelAlone = noClasses()
            .that().resideInAPackage("..pilotcities..")
            .should().dependOnClassesThat().resideInAnyPackage("..modelcities..", "..clusterareas..")
            .because("a programme depends only on the shared kernel, never on another programme");

    @ArchTest
    static final ArchRule modelCitiesStandOnTheKernelAlone = noClasses()
            .that().resideInAPackage("..modelcities..")
            .should().dependOnClassesThat().resideInAnyPackage("..clusterareas..")
            .orShould().dependOnClassesThat().resideInAPackage("..pilotcities.process..")
            .orShould().dependOnClassesThat().resideInAPackage("..pilotcities.usecase..")
            .orShould().dependOnClassesThat().resideInAPackage("..pilotcities.rules..")
            .because("a programme depends only on the shared kernel; a model city's case names the fostering and "
                    + "pilot processes it ends or reads (their keys and variables), nothing of their code");

    @ArchTest
    static final ArchRule clusterAreasStandOnTheKernelAlone = noClasses()
            .that().resideInAPackage("..clusterareas..")
            .should().dependOnClassesThat().resideInAnyPackage("..pilotcities..", "..modelcities..")
            .because("a programme depends only on the shared kernel, never on another programme");

    @ArchTest
    static final ArchRule programmesDoNotReachTheWebappsOrTheSecurity = noClasses()
            .that().resideInAnyPackage(PROGRAMMES)
            .should().dependOnClassesThat().resideInAnyPackage("..security..", "..cockpit..", "..tasklist..", "..web..",
                    "..demo..", "..simulator..", "..deployment..")
            .because("the programmes are the product's rules and cases; who may see them and how is decided around them");

    @ArchTest
    static final ArchRule kernelDoesNotKnowTheProgrammes = noClasses()
            .that().resideInAnyPackage("cn.ipoffice.programmes.register..", "cn.ipoffice.programmes.deadlines..",
                    "cn.ipoffice.programmes.rules..", "cn.ipoffice.programmes.casework..")
            .should().dependOnClassesThat().resideInAnyPackage(PROGRAMMES)
            .because("the shared kernel serves both programmes alike");

    @ArchTest
    static final ArchRule useCasesKnowNothingOfTheEngine = noClasses()
            .that().resideInAPackage("..usecase..")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
            .because("a use case is the product's work for one task, called by a delegate that translates the case's "
                    + "variables (docs/architecture.md)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("cn.ipoffice.programmes.(*)..").should().beFreeOfCycles();
}
