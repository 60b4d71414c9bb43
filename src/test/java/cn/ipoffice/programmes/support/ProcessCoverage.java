package cn.ipoffice.programmes.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the process test coverage of a {@link ProcessTest} class counts and asserts: the diagrams it leaves out
 * (the ones its cases only start or touch) and the share of the others' elements its tests must pass through.
 * Read by {@link CoverageConfiguration} for camunda-process-test-coverage's Spring test execution listener.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface ProcessCoverage {

    /** Process definition keys left out of the class's coverage. */
    String[] exclude() default {};

    /** The class's coverage at the least, from 0 to 1; below 0, nothing is asserted. */
    double atLeast() default -1;
}
