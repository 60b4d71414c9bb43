package cn.ipoffice.programmes.support;

import cn.ipoffice.programmes.IpProgrammesApplication;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test on the application's engine: the one configuration engine tests share, so that Spring's context
 * cache gives them all the same application, engine and server. Process test coverage comes with it through
 * camunda-process-test-coverage's Spring test execution listener; a class sets its own threshold and
 * exclusions with {@link ProcessCoverage}. {@link SpringEngine} hands the same context to code that reaches
 * it statically ({@link Http}, {@link TestUsers}). The database is H2, or PostgreSQL under the production
 * profile for a JVM started with {@code -Dipp.test.database=postgres} ({@link TestDatabase}). Mail goes to the SMTP
 * port of {@link TestMailServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = {IpProgrammesApplication.class, CoverageConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
public @interface ProcessTest {
}
