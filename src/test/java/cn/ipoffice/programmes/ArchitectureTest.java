package cn.ipoffice.programmes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The regulation's time rules stay plain Java; the register knows nothing of the processes that use it. */
@AnalyzeClasses(packages = "cn.ipoffice.programmes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule deadlineCalendarIsPlainJava = noClasses()
            .that().haveSimpleNameStartingWith("DeadlineCalendar").or().haveSimpleName("Term")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..")
            .because("the time rules of SPEC.md are tested and reused without a container");

    @ArchTest
    static final ArchRule regulationDecisionsArePlainJava = noClasses()
            .that().resideInAPackage("..rules..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..")
            .because("the regulation's decisions are plain Java, named after their article (CONVENTIONS.md)");

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
}
